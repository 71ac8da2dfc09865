//! The room: the participants, their scores and blind rounds (presentation shows them too).

pub mod participants;
pub mod participants_window;
