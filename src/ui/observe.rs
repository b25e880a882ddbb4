//! A co-trainer's or the projector's laptop: joined with the observer's token, it shows the
//! trainer's console without its controls and the projector's pages, read from the host once
//! a second in a thread of its own.

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use bevy::prelude::*;

use crate::model::format::Locale;
use crate::ui::hosting::{ConsoleData, ConsolePage};
use crate::ui::remote::Trouble;
use crate::workshop::client::{CallError, Client};
use crate::workshop::protocol::RoomView;

/// How often the room is read.
const READ_EVERY: Duration = Duration::from_secs(1);

/// The room as an observer's laptop reads it.
#[derive(Resource)]
pub struct Observing {
    /// The host's address.
    pub address: String,
    /// The room as last read.
    pub data: Option<ConsoleData>,
    /// The page shown.
    pub page: ConsolePage,
    /// The debrief, while its page is shown.
    pub debrief: Option<super::debrief::DebriefDeck>,
    /// The last problem with the host, while it lasts.
    pub trouble: Option<Trouble>,
    replies: Mutex<Receiver<Result<Box<RoomView>, CallError>>>,
    // Dropped with the resource: the reading thread sees the channel closed and ends.
    _stop: Sender<()>,
}

impl Observing {
    /// Starts reading the room through `client` (with the observer's token).
    pub fn start(client: Client) -> Observing {
        let (reply_tx, reply_rx) = channel();
        let (stop_tx, stop_rx) = channel::<()>();
        let address = client.address().to_string();
        std::thread::spawn(move || {
            loop {
                if reply_tx.send(client.room().map(Box::new)).is_err() {
                    break;
                }
                match stop_rx.recv_timeout(READ_EVERY) {
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                    _ => break,
                }
            }
        });
        Observing {
            address,
            data: None,
            page: ConsolePage::Console,
            debrief: None,
            trouble: None,
            replies: Mutex::new(reply_rx),
            _stop: stop_tx,
        }
    }

    /// Takes the readings that came; true when the room changed.
    pub fn poll(&mut self, lang: Locale) -> bool {
        let mut changed = false;
        while let Ok(reply) = crate::ui::remote::try_next(&self.replies) {
            match reply {
                Ok(view) => {
                    self.trouble = None;
                    let data = ConsoleData::of_room(*view);
                    changed |= data != self.data;
                    self.data = data;
                }
                Err(e) => {
                    changed = true;
                    self.trouble = Some(Trouble::of(&e, lang));
                }
            }
        }
        changed
    }
}

/// Reads the room's replies; a frame is drawn when something changed.
pub fn poll_observing(
    observing: Option<ResMut<Observing>>,
    state: Res<crate::ui::screens::UiState>,
    redraw: Option<ResMut<Messages<bevy::window::RequestRedraw>>>,
) {
    if let Some(mut observing) = observing
        && observing.poll(state.lang)
        && let Some(mut redraw) = redraw
    {
        redraw.write(bevy::window::RequestRedraw);
    }
}
