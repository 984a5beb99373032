fn main() {
    let catalog = kyr::Catalog::embedded().unwrap();
    let mut msgs = Vec::new();
    for f in ["en", "es", "pt", "ht", "mixed"] {
        let t = std::fs::read_to_string(format!("tests/devset/{f}.tsv")).unwrap();
        msgs.extend(t.lines().map(|l| l.rsplit('\t').next().unwrap().to_string()));
    }
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..20 {
        for m in &msgs {
            std::hint::black_box(catalog.understand(m));
            n += 1;
        }
    }
    eprintln!("{:?} per message", t.elapsed() / n);
}
