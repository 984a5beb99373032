//! The `kyr` command: the terminal chat, the Telegram bot, and tools for content and testing.
//! The binary owns what a library should not: the process's allocator setting, the environment
//! file, logging, and the signals that stop the bot.

mod cli;

use std::process::ExitCode;

use anyhow::{Context, Result};

use kyr::Catalog;

fn serve(catalog: Catalog) -> Result<ExitCode> {
    let config = kyr::config::Config::from_env()?;
    kyr::tune_allocator(kyr::Workload::Serving);
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(kyr::adapters::telegram::DEFAULT_LOG_FILTER)),
        )
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(kyr::adapters::telegram::serve(catalog, config, shutdown_signal()))?;
    Ok(ExitCode::SUCCESS)
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

fn main() -> ExitCode {
    kyr::tune_allocator(kyr::Workload::Batch);
    let _ = dotenvy::dotenv();
    let outcome = cli::run().and_then(|outcome| match outcome {
        cli::Outcome::Done(code) => Ok(code),
        cli::Outcome::Serve(catalog) => serve(catalog),
    });
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("kyr: {e:#}");
            ExitCode::FAILURE
        }
    }
}
