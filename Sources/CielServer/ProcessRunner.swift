import Foundation

/// Runs an external program (ffmpeg) and waits for it without blocking a thread; cancelling the task terminates it.
enum ProcessRunner {
    /// Runs `executable` with `arguments`.
    /// - Throws: `ServerError`-free `JobFailure`-free plain errors: `ProcessFailure` when the program is missing or
    ///   exits non-zero, `CancellationError` when the task was cancelled.
    static func run(_ executable: String, _ arguments: [String]) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let collector = OutputCollector()
        errorPipe.fileHandleForReading.readabilityHandler = { handle in
            collector.append(handle.availableData)
        }
        let status: Int32 = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                process.terminationHandler = { process in
                    continuation.resume(returning: process.terminationStatus)
                }
                do {
                    try process.run()
                } catch {
                    process.terminationHandler = nil
                    continuation.resume(
                        throwing: ProcessFailure(message: "cannot start \(executable): \(error.localizedDescription)"))
                }
            }
        } onCancel: {
            if process.isRunning { process.terminate() }
        }
        errorPipe.fileHandleForReading.readabilityHandler = nil
        try Task.checkCancellation()
        guard status == 0 else {
            let tail = String(decoding: collector.data.suffix(600), as: UTF8.self)
            throw ProcessFailure(message: "\(URL(fileURLWithPath: executable).lastPathComponent) exited with \(status): \(tail)")
        }
    }

    /// Finds a program on `PATH`.
    static func find(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// An external program failed.
struct ProcessFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = Data()

    func append(_ data: Data) {
        lock.lock()
        defer { lock.unlock() }
        if buffer.count < 64 * 1024 { buffer.append(data) }
    }

    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}
