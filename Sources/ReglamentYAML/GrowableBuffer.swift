#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for a document's values that grows by `realloc` and is owned by
/// exactly one value at a time. Unlike an `Array`, growing a large buffer
/// moves no bytes (the C library remaps its pages), and handing the
/// finished buffer to the document copies nothing.
struct GrowableBuffer<Element: BitwiseCopyable>: ~Copyable {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        base = Self.reallocate(nil, capacity: self.capacity)
    }

    deinit {
        free(base)
    }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "index out of range")
        return base[position]
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { grow(to: count + elements.count) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    private mutating func grow(to needed: Int) {
        capacity = max(needed, capacity * 2)
        base = Self.reallocate(base, capacity: capacity)
    }

    private static func reallocate(_ pointer: UnsafeMutablePointer<Element>?, capacity: Int) -> UnsafeMutablePointer<Element> {
        guard let memory = realloc(pointer, capacity * MemoryLayout<Element>.stride) else {
            fatalError("out of memory growing a YAML document to \(capacity) \(Element.self) values")
        }
        return memory.bindMemory(to: Element.self, capacity: capacity)
    }
}
