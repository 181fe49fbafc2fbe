//! A reader that stops early (`goroscope trace FILE | head`) ends the command quietly, as it
//! does other Unix tools, instead of a panic about a broken pipe.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn trace_into_a_closed_pipe_ends_quietly() {
    let dir = std::env::temp_dir().join(format!("goroscope-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("main.go");
    // 20,000 steps: far more text than a pipe's buffer holds.
    let src = "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tfor i := 0; i < 10000; i++ {\n\t\tch <- i\n\t\t<-ch\n\t}\n}\n";
    std::fs::write(&file, src).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_goroscope"))
        .arg("trace")
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run goroscope");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("first line");
    // The reader is dropped here, closing the pipe while goroscope still writes.
    assert!(first.contains("make ch1"), "{first:?}");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}
