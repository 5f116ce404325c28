import ArgumentParser
import CielProvenance
import Foundation

/// `ciel verify FILE.mp4`: checks the file's C2PA manifest (hard binding, hashed URIs, signature, certificate).
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the C2PA provenance manifest of an MP4.",
        discussion: """
            Exits 0 when the manifest is valid (trusted or not), 1 when it is invalid or the file is unsigned. \
            The local CA in the data directory and every --trust file are trust anchors; a valid file whose \
            signer chains to none of them is reported as "valid, untrusted".
            """
    )

    @Argument(help: "The MP4 file to check.")
    var file: String

    @Flag(help: "Print the full report as JSON.")
    var json = false

    @Option(help: ArgumentHelp("A PEM file of trusted CA certificates (repeatable).", valueName: "CA.pem"))
    var trust: [String] = []

    @Option(help: "Data directory whose local signing CA is trusted (default: ~/.local/share/ciel).")
    var dataDir: String?

    @Option(help: ArgumentHelp("Check certificate validity at this ISO 8601 time instead of now.", visibility: .hidden))
    var at: String?

    func run() async throws {
        var date = Date()
        if let at {
            guard let parsed = ISO8601DateFormatter().date(from: at) else {
                throw ValidationError("--at \(at) is not an ISO 8601 time such as 2027-01-15T00:00:00Z")
            }
            date = parsed
        }
        var anchors = try trust.flatMap { try PEMCertificates.load(URL(fileURLWithPath: $0)) }
        let dataDirectory = dataDir.map { URL(fileURLWithPath: $0) } ?? Self.defaultDataDirectory
        let localCA = LocalCertificateAuthority.caCertificateURL(in: dataDirectory)
        if FileManager.default.fileExists(atPath: localCA.path), let local = try? PEMCertificates.load(localCA) {
            anchors += local
        }
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ValidationError("\(file) does not exist")
        }
        let report = try await C2PAVerifier(trustAnchors: anchors).verify(fileAt: url, at: date)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            let output = JSONOutput(file: file, valid: report.isValid, reason: report.reason, report: report)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        } else {
            print("\(file): " + report.summary())
        }
        if !report.isValid { throw ExitCode(1) }
    }

    static var defaultDataDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("ciel")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/ciel")
    }

    private struct JSONOutput: Encodable {
        var file: String
        var valid: Bool
        var reason: VerificationReport.Reason?
        var report: VerificationReport
    }
}
