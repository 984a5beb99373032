fn main() {
    let t = std::time::Instant::now();
    let sources = kyr::content::embedded_sources();
    let a = t.elapsed();
    let c = kyr::content::Content::load(&sources).unwrap();
    let b = t.elapsed();
    drop(c);
    let cat = kyr::Catalog::load_unchecked(&sources).unwrap();
    let d = t.elapsed();
    let p = kyr::check::check(&cat);
    let e = t.elapsed();
    println!("sources {:?} content {:?} catalog(load+index) {:?} check {:?} problems {}", a, b - a, d - b, e - d, p.len());
}
