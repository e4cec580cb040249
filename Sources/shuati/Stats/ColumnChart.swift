import Foundation

/// A column chart for the terminal: one column per day (or per group of days when there are more days than
/// columns, each the group's mean), eight rows of block characters, the scale at the left.
struct ColumnChart {
    var rows = 6
    var columns = 60

    func render(_ values: [Double], format: (Double) -> String) -> [String] {
        guard !values.isEmpty else { return [] }
        let groups = max(1, Int((Double(values.count) / Double(columns)).rounded(.up)))
        var points: [Double] = []
        var start = 0
        while start < values.count {
            let slice = values[start..<min(values.count, start + groups)]
            points.append(slice.reduce(0, +) / Double(slice.count))
            start += groups
        }
        let top = max(points.max() ?? 0, 1e-9)
        let labels = [format(top), format(0)]
        let labelWidth = labels.map(\.count).max() ?? 1
        var lines: [String] = []
        let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        for row in stride(from: rows - 1, through: 0, by: -1) {
            var line = ""
            for p in points {
                let eighths = Int((p / top * Double(rows * 8)).rounded()) - row * 8
                line.append(blocks[max(0, min(8, eighths))])
            }
            let label = row == rows - 1 ? labels[0] : row == 0 ? labels[1] : ""
            lines.append("  " + String(repeating: " ", count: labelWidth - label.count) + label + " ┤" + line)
        }
        return lines
    }
}
