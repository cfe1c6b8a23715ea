//! The consultation relay: a Cloudflare Worker that takes the site's
//! consultation requests, checks them with the form's own types
//! (`consultation`), and delivers each by email to the practice. It keeps
//! nothing and logs nothing.

pub mod config;
pub mod form_page;
pub mod mail;
mod relay;
pub mod seen;

use config::Config;
use worker::{event, Context, Env, Request, Response, Result};

#[event(fetch)]
async fn fetch(request: Request, env: Env, _context: Context) -> Result<Response> {
    let config = Config::read(|name| env.var(name).ok().map(|value| value.to_string()));
    match config {
        Ok(config) => relay::answer(request, &env, &config).await,
        // Said to whoever calls, since the relay logs nothing: the practice
        // sees it the first time it tries the form.
        Err(problem) => Response::error(format!("The relay is not set up: {problem}"), 500),
    }
}
