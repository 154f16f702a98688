#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ReglamentDiagnostics

/// Reads a whole regular file with the operating system's own reason when
/// it cannot, and stops reading once it is over the size limit. Only
/// regular files are read: a FIFO, a socket or a device is refused by name
/// (opening a FIFO would wait for a writer forever, hence O_NONBLOCK).
enum FileBytes {
    static func contents(of path: String, limit: Int) throws(YAMLLoadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw unreadable(path, errno: errno) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw unreadable(path, errno: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            throw YAMLLoadError(
                .unreadable, "cannot read '\(path)': it is a folder",
                hint: "name a .yaml file", at: fileLevel(path))
        default:
            throw YAMLLoadError(
                .unreadable, "cannot read '\(path)': it is not a regular file (a pipe, a socket or a device)",
                hint: "name a .yaml file", at: fileLevel(path))
        }
        if Int(info.st_size) > limit { throw tooLarge(path, limit: limit) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(path, errno: errno)
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            if bytes.count > limit { throw tooLarge(path, limit: limit) }
        }
        return bytes
    }

    static func tooLarge(_ file: String, limit: Int) -> YAMLLoadError {
        let mebibyte = 1 << 20
        let size = limit % mebibyte == 0 ? "\(limit / mebibyte) MiB" : "\(limit) bytes"
        return YAMLLoadError(
            .tooLarge, "the file is larger than \(size), the most the loader reads",
            hint: "split the regulation into files joined with 'include:'", at: fileLevel(file))
    }

    private static func unreadable(_ path: String, errno code: Int32) -> YAMLLoadError {
        YAMLLoadError(
            .unreadable, "cannot read '\(path)': \(String(cString: strerror(code)))",
            hint: "check the path and the file's permissions", at: fileLevel(path))
    }

    /// Problems of the file as a whole have no line: line 0 says so.
    private static func fileLevel(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }
}
