import Foundation

/// Runs the reading side of an import (framing, parsing and checking batches) on its
/// own thread, at most one batch ahead of the caller, who merges and stores: reading the
/// next batch overlaps writing this one, and memory holds three batches at most.
final class BatchPipeline<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private var cancelled = false
    private var finished = false
    /// Batches ready and waiting for the caller.
    private let capacity = 1

    /// Starts `produce` on a new thread; it hands each item to `emit`, which blocks while
    /// the caller is behind and returns false once the caller has stopped listening.
    init(_ produce: @escaping @Sendable (_ emit: (Item) -> Bool) -> Void) {
        let thread = Thread { [self] in
            produce { item in self.put(item) }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    private func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for it (the producer always ends with a last item).
    func take() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// Stops listening and waits for the producer thread to finish.
    func stop() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
