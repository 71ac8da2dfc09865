//! The room: the participants, their scores and blind rounds (presentation shows them too).

pub mod leave;
pub mod participants;
pub mod participants_window;
pub mod phone_round;
pub mod phone_window;
