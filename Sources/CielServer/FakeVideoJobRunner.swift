import Foundation

/// A stand-in generator that makes real, valid files with `ffmpeg` (a test pattern as H.264 MP4, a WebP thumbnail
/// and a JPEG spritesheet) after a configurable number of timed progress steps.
///
/// Used by the tests and by `ciel serve --fake-engine` until the real engine is wired in. A prompt containing
/// `[[fail]]` fails with `generation_failed`, and one containing `[[block]]` fails with `moderation_blocked`, so
/// failure paths can be exercised end to end.
public struct FakeVideoJobRunner: VideoJobRunner {
    /// Path or name of the ffmpeg executable.
    public var ffmpeg: String
    /// Number of progress steps before encoding.
    public var steps: Int
    /// Time each step takes.
    public var stepDuration: Duration
    /// Frames per second of the generated MP4.
    public var framesPerSecond: Int
    /// Optional file that gets one line `<videoID>` appended per finished job (to check exactly-once processing).
    public var journal: URL?

    /// Creates a fake runner.
    public init(
        ffmpeg: String = "ffmpeg", steps: Int = 5, stepDuration: Duration = .milliseconds(100),
        framesPerSecond: Int = 8, journal: URL? = nil
    ) {
        self.ffmpeg = ffmpeg
        self.steps = steps
        self.stepDuration = stepDuration
        self.framesPerSecond = framesPerSecond
        self.journal = journal
    }

    /// Whether an ffmpeg executable can be found.
    public var isAvailable: Bool { ProcessRunner.find(ffmpeg) != nil }

    public func run(_ job: JobSpec, progress: @escaping @Sendable (Int) async -> Void) async throws -> JobArtifacts {
        guard let executable = ProcessRunner.find(ffmpeg) else {
            throw JobFailure(code: "engine_unavailable", message: "ffmpeg was not found; the fake engine needs it")
        }
        for step in 0..<steps {
            try await Task.sleep(for: stepDuration)
            await progress((step + 1) * 90 / max(1, steps))
        }
        if job.prompt.contains("[[block]]") {
            throw JobFailure(code: "moderation_blocked", message: "Your request was blocked by our moderation system.")
        }
        if job.prompt.contains("[[fail]]") {
            throw JobFailure(code: "generation_failed", message: "The fake engine was asked to fail.")
        }
        let video = job.outputFolder.appendingPathComponent("fake.mp4")
        let thumbnail = job.outputFolder.appendingPathComponent("fake.webp")
        let spritesheet = job.outputFolder.appendingPathComponent("fake.jpg")
        let size = "\(job.width)x\(job.height)"
        var input = ["-f", "lavfi", "-i", "testsrc=size=\(size):rate=\(framesPerSecond):duration=\(job.seconds)"]
        if let reference = job.inputReference {
            // Start on the reference image for one second, then the test pattern.
            input = [
                "-loop", "1", "-t", "1", "-framerate", "\(framesPerSecond)", "-i", reference.path,
                "-f", "lavfi", "-i",
                "testsrc=size=\(size):rate=\(framesPerSecond):duration=\(max(1, job.seconds - 1))",
                "-filter_complex", "[0:v]scale=\(job.width):\(job.height),setsar=1,format=yuv420p[a];"
                    + "[1:v]format=yuv420p[b];[a][b]concat=n=2:v=1[v]", "-map", "[v]",
            ]
        }
        try await ProcessRunner.run(
            executable,
            ["-nostdin", "-v", "error", "-y"] + input + [
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
                video.path,
            ])
        await progress(95)
        try await ProcessRunner.run(
            executable,
            ["-nostdin", "-v", "error", "-y", "-i", video.path, "-frames:v", "1", "-vf", "scale=320:-2",
             thumbnail.path])
        try await ProcessRunner.run(
            executable,
            ["-nostdin", "-v", "error", "-y", "-i", video.path, "-vf", "fps=1,scale=160:-2,tile=4x1",
             "-frames:v", "1", spritesheet.path])
        await progress(100)
        if let journal {
            try appendLine(job.videoID, to: journal)
        }
        return JobArtifacts(video: video, thumbnail: thumbnail, spritesheet: spritesheet)
    }

    private func appendLine(_ line: String, to file: URL) throws {
        if !FileManager.default.fileExists(atPath: file.path) {
            FileManager.default.createFile(atPath: file.path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
    }
}
