import Foundation
import FuzzerDriver
import Planner

/// libFuzzer entry: one input is one plan task table (tab-separated text, as copied from
/// a plan's table). A crash or a hang is a finding; so is a problem with no line number
/// inside the text, or a task without a number, or without content and no problem
/// saying so.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTaskTable(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let table = PlanTaskTableParser().parse(text)
    // Lines as the parser counts them (CR LF is one line end).
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).count
    for problem in table.problems where !(1...max(lines, 1)).contains(problem.line) {
        fatalError("problem on line \(problem.line) of a \(lines)-line text: \(problem.description)")
    }
    for task in table.tasks where task.number.isEmpty {
        fatalError("a task has no number: \(task)")
    }
    for task in table.tasks where task.content.isEmpty
        && !table.problems.contains(where: { $0.reason.contains("task \(task.reference) ") }) {
        fatalError("task \(task.reference) has no content and no problem says so")
    }
    return 0
}

/// The program's entry. SwiftPM links an executable's entry as `MODULE_main` (`--defsym
/// main=…`), which clashes with libFuzzer's own `main`; `tools/fuzz/run` links with
/// `--allow-multiple-definition`, and whichever `main` wins runs the function above.
@_cdecl("FuzzTaskTable_main")
func fuzzTaskTableMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzTaskTable)
}
