//! The desktop "Quiz" screen's state: the connection to a quiz server (a participant's or a
//! trainer's token, kept in the data folder so that the next start needs no code), what is
//! shown, and the calls under way — each in a thread of its own, so that the window never
//! waits for the network.

pub mod screen;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::model::format::Locale;
use crate::quiz::analytics::Analytics;
use crate::quiz::client::{QuizClient, QuizError};
use crate::quiz::play::{Answered, DuelView, Served};
use crate::quiz::server::Me;
use crate::quiz::store::Programme;

/// The language code the server knows.
pub fn code_of(lang: Locale) -> &'static str {
    if lang == Locale::En { "en" } else { "de" }
}

/// The file in the data folder that remembers the connection.
const SAVED: &str = "quiz-verbindung.ron";

/// Who this laptop is on the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// A participant: duels and practice.
    Participant,
    /// A trainer: programmes and their figures.
    Trainer,
}

/// The remembered connection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Saved {
    address: String,
    token: String,
    role: Role,
}

/// The connect form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectForm {
    /// The server, e.g. `192.168.178.20:7979`.
    pub address: String,
    /// The invitation code.
    pub code: String,
    /// The participant's name.
    pub name: String,
    /// Their workshop team.
    pub team: String,
    /// A trainer's personal link (`http://…/quiz/t/<token>`).
    pub trainer_link: String,
}

impl Default for ConnectForm {
    fn default() -> Self {
        ConnectForm {
            address: "127.0.0.1:7979".into(),
            code: String::new(),
            name: String::new(),
            team: String::new(),
            trainer_link: String::new(),
        }
    }
}

/// What the screen shows.
#[derive(Clone, Debug)]
pub enum View {
    /// The connect form.
    Connect,
    /// The participant's start: duels, opponents, practice.
    Home,
    /// One duel.
    Duel(Box<DuelView>),
    /// A question, with when it arrived (for the countdown).
    Question(Box<Served>, Instant),
    /// The result of an answer with the explanation.
    Result(Box<Answered>),
    /// Reporting a question.
    Report {
        /// The question.
        question: String,
        /// wrong or unclear.
        wrong: bool,
        /// What the participant writes.
        text: String,
    },
    /// The trainer's programmes and the chosen one's figures.
    Trainer,
}

/// What the screen asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Call {
    /// Join with the form's code.
    Join,
    /// Open the trainer's link of the form.
    TrainerLink,
    /// Reload the trainer's programmes.
    Trainer,
    /// Reload the participant's start.
    Me,
    /// Open a duel.
    Duel(String),
    /// Challenge a participant.
    Challenge(String),
    /// Pick a duel's topic.
    Pick(String, String),
    /// The next question of a duel.
    DuelQuestion(String),
    /// The next practice question.
    Practice,
    /// Answer the question shown with the option at this place.
    Answer(String, usize),
    /// Send the report being written.
    Report(String, String, String),
    /// The figures of a programme.
    Analytics(String),
    /// Save a programme's figures as CSV in the data folder.
    Csv(String, String),
    /// The player switched the game's language: the server writes in it from now on, and
    /// the question shown is fetched again in it.
    Lang(String),
    /// Forget the connection.
    Disconnect,
}

enum Reply {
    Joined(Result<QuizClient, QuizError>, Role),
    Me(Result<Box<Me>, QuizError>),
    Duel(Result<Box<DuelView>, QuizError>),
    Question(Result<Box<Served>, QuizError>),
    Answered(Result<Box<Answered>, QuizError>),
    Reported(Result<(), QuizError>),
    Programmes(Result<Vec<Programme>, QuizError>),
    Analytics(String, Result<Box<Analytics>, QuizError>),
    Csv(Result<PathBuf, String>),
}

/// The screen's whole state.
#[derive(Resource)]
pub struct QuizDesk {
    /// The connect form.
    pub form: ConnectForm,
    /// The connection, once joined.
    pub client: Option<QuizClient>,
    /// Participant or trainer.
    pub role: Role,
    /// The participant's start, as last fetched.
    pub me: Option<Me>,
    /// The opponent chosen in the challenge box.
    pub opponent: Option<String>,
    /// The trainer's programmes.
    pub programmes: Vec<Programme>,
    /// The programme whose figures are shown, and them.
    pub analytics: Option<(String, Analytics)>,
    /// What is shown.
    pub view: View,
    /// A problem to show, in the player's language (with the server's words).
    pub error: Option<String>,
    /// A note of what was done (a CSV saved, a report sent).
    pub note: Option<String>,
    data_dir: PathBuf,
    pending: Vec<Mutex<Receiver<Reply>>>,
}

impl QuizDesk {
    /// The desk for the data folder `data_dir`; a remembered connection is opened again.
    pub fn new(data_dir: &Path) -> QuizDesk {
        let mut desk = QuizDesk {
            form: ConnectForm::default(),
            client: None,
            role: Role::Participant,
            me: None,
            opponent: None,
            programmes: Vec::new(),
            analytics: None,
            view: View::Connect,
            error: None,
            note: None,
            data_dir: data_dir.to_path_buf(),
            pending: Vec::new(),
        };
        let saved = std::fs::read_to_string(data_dir.join(SAVED)).ok().and_then(|t| ron::from_str::<Saved>(&t).ok());
        if let Some(saved) = saved {
            desk.form.address = saved.address.clone();
            desk.role = saved.role;
            desk.client = Some(QuizClient::new(&saved.address, &saved.token));
            desk.ask(if saved.role == Role::Trainer { Call::Trainer } else { Call::Me }, Locale::De);
        }
        desk
    }

    /// True while a call is under way.
    pub fn busy(&self) -> bool {
        !self.pending.is_empty()
    }

    fn spawn(&mut self, work: impl FnOnce() -> Reply + Send + 'static) {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(work());
        });
        self.pending.push(Mutex::new(rx));
    }

    /// Starts what `call` asks for.
    pub fn ask(&mut self, call: Call, lang: Locale) {
        self.error = None;
        self.note = None;
        let lang_code = if lang == Locale::En { "en" } else { "de" };
        if call == Call::Disconnect {
            let _ = std::fs::remove_file(self.data_dir.join(SAVED));
            let data_dir = self.data_dir.clone();
            *self = QuizDesk { form: self.form.clone(), ..QuizDesk::new(&data_dir) };
            return;
        }
        if call == Call::Join {
            let form = self.form.clone();
            let lang = lang_code.to_string();
            self.spawn(move || {
                let joined = QuizClient::join(&form.address, &form.code, &form.name, &form.team, &lang);
                Reply::Joined(joined.map(|(client, _)| client), Role::Participant)
            });
            return;
        }
        if call == Call::TrainerLink {
            // The link as printed: http://host:port/quiz/t/<token>
            let link = self.form.trainer_link.trim().to_string();
            match link.split_once("/quiz/t/") {
                Some((address, token)) if !token.trim().is_empty() => {
                    let client = QuizClient::new(address, token);
                    self.spawn(move || Reply::Joined(client.programmes().map(|_| client), Role::Trainer));
                }
                _ => self.error = Some(crate::ui::text::tr("quiz_bad_link", lang).to_string()),
            }
            return;
        }
        let Some(client) = self.client.clone() else { return };
        match call {
            Call::Trainer => self.spawn(move || Reply::Programmes(client.programmes())),
            Call::Me => self.spawn(move || Reply::Me(client.me().map(Box::new))),
            Call::Lang(code) => {
                let again = match &self.view {
                    View::Question(served, _) if served.duel_id.is_empty() => Some(Call::Practice),
                    View::Question(served, _) => Some(Call::DuelQuestion(served.duel_id.clone())),
                    View::Duel(duel) => Some(Call::Duel(duel.id.clone())),
                    _ => None,
                };
                self.spawn(move || match client.set_lang(&code) {
                    Ok(()) => Reply::Me(client.me().map(Box::new)),
                    Err(e) => Reply::Me(Err(e)),
                });
                if let Some(call) = again {
                    let client = self.client.clone();
                    // After the language is set: the same question, in the new language.
                    if let Some(client) = client {
                        let code = code_of(lang).to_string();
                        match call {
                            Call::Practice => self.spawn(move || {
                                let _ = client.set_lang(&code);
                                Reply::Question(client.practice().map(Box::new))
                            }),
                            Call::DuelQuestion(id) => self.spawn(move || {
                                let _ = client.set_lang(&code);
                                Reply::Question(client.duel_question(&id).map(Box::new))
                            }),
                            Call::Duel(id) => self.spawn(move || {
                                let _ = client.set_lang(&code);
                                Reply::Duel(client.duel(&id).map(Box::new))
                            }),
                            _ => {}
                        }
                    }
                }
            }
            Call::Duel(id) => self.spawn(move || Reply::Duel(client.duel(&id).map(Box::new))),
            Call::Challenge(opponent) => {
                self.spawn(move || {
                    Reply::Duel(client.challenge(&opponent).and_then(|id| client.duel(&id)).map(Box::new))
                });
            }
            Call::Pick(id, topic) => self.spawn(move || Reply::Duel(client.pick(&id, &topic).map(Box::new))),
            Call::DuelQuestion(id) => self.spawn(move || Reply::Question(client.duel_question(&id).map(Box::new))),
            Call::Practice => self.spawn(move || Reply::Question(client.practice().map(Box::new))),
            Call::Answer(asked, place) => {
                self.spawn(move || Reply::Answered(client.answer(&asked, place).map(Box::new)))
            }
            Call::Report(question, reason, text) => {
                self.spawn(move || Reply::Reported(client.report(&question, &reason, &text)))
            }
            Call::Analytics(id) => self.spawn(move || {
                let figures = client.analytics(&id, lang_code).map(Box::new);
                Reply::Analytics(id, figures)
            }),
            Call::Csv(id, name) => {
                let dir = self.data_dir.clone();
                self.spawn(move || {
                    Reply::Csv(client.csv(&id).map_err(|e| e.to_string()).and_then(|csv| {
                        let safe: String = name.chars().map(|c| if c.is_alphanumeric() { c } else { '_' }).collect();
                        let path = dir.join(format!("Quiz-{safe}.csv"));
                        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                        std::fs::write(&path, csv).map_err(|e| e.to_string())?;
                        Ok(path)
                    }))
                });
            }
            Call::Join | Call::TrainerLink | Call::Disconnect => {}
        }
    }

    /// Takes the replies that arrived; true when any did.
    pub fn poll(&mut self, lang: Locale) -> bool {
        let mut replies = Vec::new();
        self.pending.retain(|rx| match rx.lock().map(|rx| rx.try_recv()) {
            Ok(Ok(reply)) => {
                replies.push(reply);
                false
            }
            Ok(Err(TryRecvError::Empty)) => true,
            _ => false,
        });
        let arrived = !replies.is_empty();
        for reply in replies {
            self.take(reply, lang);
        }
        arrived
    }

    fn fail(&mut self, error: &QuizError, lang: Locale) {
        let key = match error {
            QuizError::Unreachable { .. } => "quiz_unreachable",
            QuizError::Refused { status: 401, .. } => "quiz_unknown_token",
            QuizError::Refused { status: 404, .. } => "quiz_not_found",
            QuizError::Refused { status: 409, .. } => "quiz_not_now",
            QuizError::Refused { status: 429, .. } => "quiz_too_many",
            QuizError::Refused { .. } | QuizError::Garbled(_) => "quiz_refused",
        };
        self.error = Some(format!("{} ({error})", crate::ui::text::tr(key, lang)));
    }

    fn take(&mut self, reply: Reply, lang: Locale) {
        match reply {
            Reply::Joined(Ok(client), role) => {
                let saved = Saved { address: client.address().to_string(), token: client.token().to_string(), role };
                if let Ok(text) = ron::to_string(&saved) {
                    let _ = std::fs::create_dir_all(&self.data_dir);
                    let _ = std::fs::write(self.data_dir.join(SAVED), text);
                }
                self.client = Some(client);
                self.role = role;
                self.ask(if role == Role::Trainer { Call::Trainer } else { Call::Me }, lang);
            }
            Reply::Me(Ok(me)) => {
                if self.opponent.is_none() {
                    self.opponent = me.opponents.first().map(|o| o.id.clone());
                }
                self.me = Some(*me);
                if matches!(self.view, View::Connect) {
                    self.view = View::Home;
                }
            }
            Reply::Duel(Ok(duel)) => self.view = View::Duel(duel),
            Reply::Question(Ok(served)) => self.view = View::Question(served, Instant::now()),
            Reply::Answered(Ok(answered)) => self.view = View::Result(answered),
            Reply::Reported(Ok(())) => {
                self.note = Some(crate::ui::text::tr("quiz_report_thanks", lang).to_string());
                self.view = View::Home;
            }
            Reply::Programmes(Ok(programmes)) => {
                self.programmes = programmes;
                self.view = View::Trainer;
            }
            Reply::Analytics(id, Ok(analytics)) => self.analytics = Some((id, *analytics)),
            Reply::Csv(Ok(path)) => {
                self.note = Some(format!("{} {}", crate::ui::text::tr("quiz_csv_saved", lang), path.display()))
            }
            Reply::Csv(Err(e)) => self.error = Some(e),
            Reply::Joined(Err(e), _) | Reply::Me(Err(e)) | Reply::Duel(Err(e)) | Reply::Question(Err(e)) => {
                self.fail(&e, lang)
            }
            Reply::Answered(Err(e))
            | Reply::Reported(Err(e))
            | Reply::Programmes(Err(e))
            | Reply::Analytics(_, Err(e)) => {
                self.fail(&e, lang);
            }
        }
    }
}
