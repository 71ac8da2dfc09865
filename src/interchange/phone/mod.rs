//! The phone round: participants score from their own phones over the room's network, with
//! no server outside the room. [`round`] holds the rules, [`server`] the HTTP server inside
//! the app, and [`qr`] the codes the projector shows.

pub mod qr;
pub mod round;
pub mod server;
