//! A person at the game's window, for the window test: an Xvfb screen of its own, the real
//! binary in it, mouse and keyboard through xdotool (XTEST: the same events a keyboard
//! makes), screenshots of the window, and the window manager's close request.
//!
//! Every wait is a bounded loop; every child process is killed when its guard drops.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{self, ConnectionExt as _};
use x11rb::rust_connection::RustConnection;

/// Kills the child when dropped (a failed assertion must not leave an Xvfb or a game behind).
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// An Xvfb screen of its own (`-displayfd` picks a free display number).
pub struct Screen {
    _xvfb: Guard,
    /// `:N`, for `DISPLAY`.
    pub display: String,
    conn: RustConnection,
    root: xproto::Window,
}

impl Screen {
    /// Starts Xvfb with a `width`×`height` 24-bit screen.
    pub fn start(width: u32, height: u32) -> Screen {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", &format!("{width}x{height}x24")])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start Xvfb ({e}); install it: apt-get install -y xvfb xdotool"));
        let mut line = String::new();
        let stdout = child.stdout.take().expect("Xvfb's stdout");
        BufReader::new(stdout).read_line(&mut line).expect("Xvfb prints its display number");
        let display = format!(":{}", line.trim());
        let guard = Guard(child);
        let (conn, screen) = x11rb::connect(Some(&display)).expect("connect to Xvfb");
        let root = conn.setup().roots[screen].root;
        Screen { _xvfb: guard, display, conn, root }
    }

    /// Runs `mehrwert play` on this screen with `data_dir` as its data folder and the folder
    /// above it as the working folder.
    pub fn start_game(&self, data_dir: &Path, args: &[&str]) -> Game {
        // A file rather than a pipe: nobody reads a pipe while the game runs, and a full one
        // would stop it.
        let log = data_dir.join("game.log");
        let log_file = std::fs::File::create(&log).expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
            .arg("play")
            .args(args)
            .env("DISPLAY", &self.display)
            .env("MEHRWERT_DATA_DIR", data_dir)
            .env_remove("WAYLAND_DISPLAY")
            // The load list shows when each save was written, in local time: one zone every run.
            .env("TZ", "UTC")
            // The title screen lists the working folder: the same one every run.
            .current_dir(data_dir.parent().unwrap_or(data_dir))
            // The file dialog offers the home folder (and its Documents): one without them.
            .env("HOME", data_dir.parent().unwrap_or(data_dir))
            .env("XDG_CACHE_HOME", std::env::temp_dir().join("mehrwert-window-test-cache"))
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .expect("mehrwert starts");
        let mut game = Game { child: Some(Guard(child)), window: 0, log };
        game.window = self.wait_for_window(&mut game);
        // There is no window manager to give the new window the keyboard focus: do what it does.
        self.xdotool(&["windowfocus", "--sync", &game.window.to_string()]);
        game
    }

    fn wait_for_window(&self, game: &mut Game) -> xproto::Window {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(120) {
            assert!(game.running(), "the game ended before its window opened: {}", game.stderr());
            let out = self.xdotool(&["search", "--name", "^Mehrwert$"]);
            if let Some(id) = out.lines().next().and_then(|l| l.trim().parse().ok()) {
                return id;
            }
            std::thread::sleep(Duration::from_millis(250));
        }
        panic!("no Mehrwert window within two minutes")
    }

    /// Runs xdotool on this screen and returns what it printed.
    pub fn xdotool(&self, args: &[&str]) -> String {
        let out = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .unwrap_or_else(|e| panic!("cannot run xdotool ({e}); install it: apt-get install -y xdotool"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Clicks at (`x`, `y`) in the game window's coordinates, as a person with a mouse.
    pub fn click(&self, game: &Game, x: u32, y: u32) {
        let window = game.window.to_string();
        self.xdotool(&["mousemove", "--window", &window, &x.to_string(), &y.to_string()]);
        self.settle();
        self.xdotool(&["click", "1"]);
        self.settle();
    }

    /// Types `text` key by key, as a person at the keyboard.
    pub fn type_text(&self, text: &str) {
        self.xdotool(&["type", "--delay", "40", text]);
        self.settle();
    }

    /// Presses a key combination (`ctrl+Return`, `F2`) as a person does: the modifiers are
    /// held down over a few frames before the key (the game reads them per frame, as bevy
    /// does; xdotool's own `key ctrl+a` would release them within the same frame).
    pub fn key(&self, keys: &str) {
        let mut parts: Vec<&str> = keys.split('+').collect();
        let key = parts.pop().unwrap_or_default();
        let pause = || std::thread::sleep(Duration::from_millis(150));
        for modifier in &parts {
            self.xdotool(&["keydown", modifier]);
        }
        pause();
        self.xdotool(&["key", key]);
        // bevy_egui reads the modifiers once a frame: release them only after the frame that
        // sees the key, which on a busy machine with a software renderer can take a while.
        std::thread::sleep(Duration::from_millis(if parts.is_empty() { 150 } else { 1000 }));
        for modifier in parts.iter().rev() {
            self.xdotool(&["keyup", modifier]);
        }
        self.settle();
    }

    /// Sets the keyboard layout of the display (`us`, `de`), as a person's system does: the
    /// same keys then type other characters, and xdotool types through the layout in force.
    pub fn set_layout(&self, layout: &str) {
        let status = Command::new("setxkbmap")
            .args(["-display", &self.display, "-layout", layout])
            .status()
            .unwrap_or_else(|e| panic!("cannot run setxkbmap ({e}); install it: apt-get install -y x11-xkb-utils"));
        assert!(status.success(), "setxkbmap -layout {layout}");
        self.settle();
    }

    /// Gives the game time to handle the input and draw.
    pub fn settle(&self) {
        std::thread::sleep(Duration::from_millis(400));
    }

    /// The game window's pixels as RGB rows, once something is drawn and the picture has
    /// stopped changing (bounded: after a minute, what is there).
    pub fn capture(&self, game: &Game) -> Image {
        let mut last = self.grab(game);
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(500));
            let now = self.grab(game);
            // A window not yet drawn is one colour; wait for the first real frame.
            if now.rgb == last.rgb && now.colours() > 40 {
                return now;
            }
            last = now;
        }
        last
    }

    /// Does `act` and waits (bounded) until the window shows something else; when nothing
    /// changed after 20 s, does it once more, as a person would who saw nothing happen, and
    /// then insists.
    pub fn act_and_wait(&self, game: &Game, what: &str, act: impl Fn(&Screen)) {
        let before = self.grab(game);
        for attempt in 0..2 {
            act(self);
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(20) {
                if self.grab(game).rgb != before.rgb {
                    return;
                }
                std::thread::sleep(Duration::from_millis(250));
            }
            eprintln!("{what}: nothing changed on the screen (attempt {})", attempt + 1);
        }
        panic!("{what}: the screen did not change");
    }

    fn grab(&self, game: &Game) -> Image {
        let geometry = self.conn.get_geometry(game.window).expect("request").reply().expect("window geometry");
        let (width, height) = (geometry.width, geometry.height);
        let at = self
            .conn
            .translate_coordinates(game.window, self.root, 0, 0)
            .expect("request")
            .reply()
            .expect("window position");
        // From the root window: what is on the screen, as a person sees it.
        let reply = self
            .conn
            .get_image(xproto::ImageFormat::Z_PIXMAP, self.root, at.dst_x, at.dst_y, width, height, !0)
            .expect("request")
            .reply()
            .expect("screen pixels");
        // 24-bit depth on Xvfb: 32 bits a pixel, blue, green, red, unused.
        let rgb = reply.data.chunks_exact(4).flat_map(|p| [p[2], p[1], p[0]]).collect();
        Image { width: u32::from(width), height: u32::from(height), rgb }
    }

    /// Asks the window to close as a window manager does when its close button is clicked:
    /// a `WM_PROTOCOLS` client message with `WM_DELETE_WINDOW`.
    pub fn close_window(&self, game: &Game) {
        let atom =
            |name: &str| self.conn.intern_atom(false, name.as_bytes()).expect("request").reply().expect("atom").atom;
        let (protocols, delete) = (atom("WM_PROTOCOLS"), atom("WM_DELETE_WINDOW"));
        let event = xproto::ClientMessageEvent::new(32, game.window, protocols, [delete, x11rb::CURRENT_TIME, 0, 0, 0]);
        self.conn.send_event(false, game.window, xproto::EventMask::NO_EVENT, event).expect("send");
        self.conn.flush().expect("flush");
    }
}

/// The game running on a [`Screen`].
pub struct Game {
    child: Option<Guard>,
    window: xproto::Window,
    log: std::path::PathBuf,
}

impl Game {
    fn running(&mut self) -> bool {
        self.child.as_mut().is_some_and(|g| matches!(g.0.try_wait(), Ok(None)))
    }

    /// Ends the game if it still runs and returns its log.
    fn stderr(&mut self) -> String {
        drop(self.child.take());
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Kills the game at once (SIGKILL: no chance to save anything on the way out).
    pub fn kill(&mut self) {
        drop(self.child.take());
    }

    /// Waits (bounded) for the game to end by itself and returns its exit code and log.
    pub fn wait_for_exit(&mut self, limit: Duration) -> (Option<i32>, String) {
        let started = Instant::now();
        while started.elapsed() < limit {
            let Some(guard) = self.child.as_mut() else { break };
            if let Ok(Some(status)) = guard.0.try_wait() {
                let code = status.code();
                return (code, self.stderr());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        (None, self.stderr())
    }
}

/// A screenshot: RGB, row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
}

impl Image {
    /// Writes it as a PNG.
    pub fn save(&self, path: &Path) {
        let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), self.width, self.height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.write_header().and_then(|mut w| w.write_image_data(&self.rgb)).expect("png written");
    }
}

impl Image {
    /// Reads a PNG written by [`Image::save`].
    pub fn load(path: &Path) -> Option<Image> {
        let file = std::fs::File::open(path).ok()?;
        let mut reader = png::Decoder::new(std::io::BufReader::new(file)).read_info().ok()?;
        let mut pixels = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut pixels).ok()?;
        (info.color_type == png::ColorType::Rgb).then(|| {
            pixels.truncate(info.buffer_size());
            Image { width: info.width, height: info.height, rgb: pixels }
        })
    }

    /// The image `factor` times smaller, each pixel the mean of a `factor`×`factor` block
    /// (what a comparison should see: layout and colour, not anti-aliasing).
    pub fn shrunk(&self, factor: u32) -> Image {
        let (width, height) = (self.width / factor, self.height / factor);
        let mut rgb = Vec::with_capacity((width * height * 3) as usize);
        for y in 0..height {
            for x in 0..width {
                for channel in 0..3 {
                    let mut sum = 0u32;
                    for dy in 0..factor {
                        for dx in 0..factor {
                            let at = (((y * factor + dy) * self.width + x * factor + dx) * 3 + channel) as usize;
                            sum += u32::from(self.rgb[at]);
                        }
                    }
                    rgb.push((sum / (factor * factor)) as u8);
                }
            }
        }
        Image { width, height, rgb }
    }

    /// The share of pixels (0–1) whose colour differs from `other`'s by more than
    /// `tolerance` in any channel; 1 when the sizes differ.
    pub fn difference(&self, other: &Image, tolerance: u8) -> f64 {
        if (self.width, self.height) != (other.width, other.height) {
            return 1.0;
        }
        let differing = self
            .rgb
            .chunks_exact(3)
            .zip(other.rgb.chunks_exact(3))
            .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > tolerance))
            .count();
        differing as f64 / f64::from(self.width * self.height)
    }

    /// The number of distinct colours (a blank or black window has one or two).
    pub fn colours(&self) -> usize {
        self.rgb.chunks_exact(3).collect::<std::collections::BTreeSet<_>>().len()
    }

    /// The part of the image inside `(x, y, width, height)`.
    pub fn crop(&self, x: u32, y: u32, width: u32, height: u32) -> Image {
        let mut rgb = Vec::with_capacity((width * height * 3) as usize);
        for row in y..y + height {
            let start = ((row * self.width + x) * 3) as usize;
            rgb.extend_from_slice(&self.rgb[start..start + (width * 3) as usize]);
        }
        Image { width, height, rgb }
    }
}
