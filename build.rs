//! For a Windows build only: the exe's icon and its version information (what Explorer shows
//! under *Properties > Details*), compiled with mingw's `windres` and linked into both
//! programs. Other targets need nothing from here.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    let target_os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os != "windows" {
        return;
    }
    if target_env != "gnu" {
        println!("cargo:warning=the icon and version resource are only built for the GNU target");
        return;
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let rc = out.join("kraljic-workshop.rc");
    std::fs::write(&rc, resource_script(&manifest)).expect("the resource script is written");
    let object = out.join("kraljic-workshop-resource.o");
    let windres = env::var("WINDRES").unwrap_or_else(|_| "x86_64-w64-mingw32-windres".into());
    let status = Command::new(&windres)
        .arg("--input")
        .arg(&rc)
        .arg("--output")
        .arg(&object)
        .arg("--output-format=coff")
        .status();
    match status {
        Ok(status) if status.success() => {}
        other => panic!(
            "{windres} could not compile the icon and version resource ({other:?}); \
             install mingw (apt-get install gcc-mingw-w64-x86-64) or set WINDRES"
        ),
    }
    println!("cargo:rustc-link-arg-bins={}", object.display());
}

/// The resource script: the icon, and version information in Dutch and English terms.
fn resource_script(manifest: &str) -> String {
    let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut numbers: Vec<u32> = version
        .split(['.', '-', '+'])
        .filter_map(|p| p.parse().ok())
        .take(3)
        .collect();
    numbers.resize(4, 0);
    let dotted = numbers
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let icon = format!("{manifest}/assets/icon.ico").replace('\\', "/");
    let description = env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    format!(
        r#"1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {dotted}
PRODUCTVERSION {dotted}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "041304B0"
    BEGIN
      VALUE "ProductName", "Kraljic Workshop"
      VALUE "FileDescription", "Kraljic Workshop: {description}"
      VALUE "FileVersion", "{version}"
      VALUE "ProductVersion", "{version}"
      VALUE "LegalCopyright", "EUPL-1.2"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0413, 1200
  END
END
"#
    )
}
