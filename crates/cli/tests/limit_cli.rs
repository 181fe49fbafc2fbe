//! A run that hits a budget: `goroscope run` keeps the program's output, says on stderr which
//! budget stopped it and how to raise the step limit, and exits with status 3.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn a_run_stopped_at_the_step_limit_says_so() {
    let dir = std::env::temp_dir().join(format!("goroscope-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file: PathBuf = dir.join("main.go");
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"start\")\n\tch := make(chan int, 1)\n\tfor i := 0; ; i++ {\n\t\tch <- i\n\t\t<-ch\n\t}\n}\n";
    std::fs::write(&file, src).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_goroscope"))
        .args(["run", "--max-steps", "500"])
        .arg(&file)
        .output()
        .expect("run goroscope");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "start\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "goroscope: stopped at the step limit after 500 steps (raise it with --max-steps N)\n"
    );
    assert_eq!(out.status.code(), Some(3));
    let _ = std::fs::remove_dir_all(&dir);
}
