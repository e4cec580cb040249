/// The paper as a bank file: `{"name":…,"items":[…]}` with the item schema of `shuati import --json`, so it can be
/// read back as a bank. Scored papers add `points` per item and the seed (readers ignore unknown keys).
public enum JSONRenderer {
    public static func render(_ paper: Paper) -> RenderedExport {
        var pairs: [(String, JSONValue)] = [("name", .string(paper.title))]
        if let seed = paper.seed { pairs.append(("seed", .string(String(seed)))) }
        pairs.append(("items", .array(paper.items.map { item in
            guard let points = item.points, case var .object(fields) = item.question.json else { return item.question.json }
            fields.append(("points", .number(points)))
            return .object(fields)
        })))
        return RenderedExport(text: JSONValue.object(pairs).prettySerialized() + "\n")
    }
}
