import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the `ffmpeg` (or `ffprobe`) executable as a child process.
///
/// Raw input is streamed to the child's stdin while its stderr is drained on another thread, so neither side can
/// block the other; stdin is always closed and the child always waited for, also when the input producer throws.
/// SIGPIPE is ignored process-wide on first use so that a child that dies early turns into an error, not a crash.
public struct FFmpeg: Sendable {
    /// Absolute path of the executable.
    public let executablePath: String

    /// Finds `name` (default `ffmpeg`) at `path` or on `PATH`.
    /// - Throws: `MediaError.ffmpegMissing` when it cannot be found or is not executable.
    public init(path: String? = nil, name: String = "ffmpeg", searchPath: String? = nil) throws {
        if let path {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw MediaError(.ffmpegMissing, "\(name) at \(path) does not exist or is not executable")
            }
            executablePath = path
            return
        }
        let directories = (searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map(String.init)
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) {
                executablePath = candidate
                return
            }
        }
        throw MediaError(
            .ffmpegMissing,
            "\(name) was not found on PATH (\(directories.joined(separator: ":"))); install it "
                + "(for example `apt-get install ffmpeg`) or pass its path explicitly")
    }

    /// Runs the executable with `arguments`, streaming whatever `input` writes to its stdin, and returns stdout.
    /// - Parameter input: called once with a writer for the child's stdin; `nil` gives the child an empty stdin.
    /// - Throws: `MediaError.ffmpegFailed` with a summary of stderr when the child exits non-zero or stops reading
    ///   its input; rethrows errors from `input` after stopping the child.
    @discardableResult
    public func run(_ arguments: [String], input: ((ChildInput) throws -> Void)? = nil) throws -> [UInt8] {
        Self.ignoreSIGPIPE
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        let stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        do {
            try process.run()
        } catch {
            throw MediaError(.ffmpegMissing, "could not start \(executablePath): \(error)")
        }
        // Our copies of the child's ends must be closed or reads below would never see end-of-file.
        try? stdinPipe.fileHandleForReading.close()
        try? stdoutPipe.fileHandleForWriting.close()
        try? stderrPipe.fileHandleForWriting.close()

        let drained = DispatchGroup()
        let outputBox = DataBox()
        let errorBox = DataBox()
        for (handle, box) in [
            (stdoutPipe.fileHandleForReading, outputBox), (stderrPipe.fileHandleForReading, errorBox),
        ] {
            drained.enter()
            DispatchQueue.global().async {
                box.data = handle.readDataToEndOfFile()
                drained.leave()
            }
        }

        let writer = ChildInput(fileDescriptor: stdinPipe.fileHandleForWriting.fileDescriptor)
        var producerError: Error?
        do {
            try input?(writer)
        } catch let error as ChildInput.Closed {
            _ = error  // The child stopped reading: its exit status and stderr say why.
        } catch {
            producerError = error
            process.terminate()
        }
        try? stdinPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        drained.wait()
        try? stdoutPipe.fileHandleForReading.close()
        try? stderrPipe.fileHandleForReading.close()

        if let producerError { throw producerError }
        let name = (executablePath as NSString).lastPathComponent
        if process.terminationReason != .exit || process.terminationStatus != 0 || writer.sawClosedPipe {
            throw MediaError(
                .ffmpegFailed,
                "\(name) failed (status \(process.terminationStatus)): "
                    + Self.summarise(String(decoding: errorBox.data, as: UTF8.self)))
        }
        return [UInt8](outputBox.data)
    }

    /// The last few meaningful lines of a stderr transcript, joined on one line.
    static func summarise(_ stderr: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !lines.isEmpty else { return "no error output" }
        let summary = lines.suffix(4).joined(separator: " | ")
        return summary.count > 600 ? String(summary.suffix(600)) : summary
    }

    private static let ignoreSIGPIPE: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()
}

/// Stdin of a running child process; lent to the input closure of `FFmpeg.run` only.
public final class ChildInput: @unchecked Sendable {
    struct Closed: Error {}
    private let fileDescriptor: Int32
    fileprivate(set) var sawClosedPipe = false

    fileprivate init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Writes all of `bytes`, blocking while the child catches up.
    /// - Throws: an internal error that ends the input when the child has closed its stdin (run reports why).
    public func write<Bytes: Collection>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        let done: Void? = try bytes.withContiguousStorageIfAvailable { try writeAll($0) }
        if done == nil { try Array(bytes).withUnsafeBufferPointer { try writeAll($0) } }
    }

    private func writeAll(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        guard let base = buffer.baseAddress else { return }
        var written = 0
        while written < buffer.count {
            let result = systemWrite(fileDescriptor, base + written, buffer.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                sawClosedPipe = true
                throw Closed()
            }
            written += result
        }
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
    #else
        return Darwin.write(descriptor, pointer, count)
    #endif
}
