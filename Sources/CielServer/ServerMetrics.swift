import CielStore
import Foundation

/// Counters and a job-duration histogram, rendered in the Prometheus text format by `/metrics`.
public final class ServerMetrics: @unchecked Sendable {
    private let lock = NSLock()
    private var requestsByStatus: [Int: Int] = [:]
    private var jobsFinished: [String: Int] = ["completed": 0, "failed": 0, "requeued": 0]
    private var durationBuckets: [Double] = [1, 5, 15, 30, 60, 120, 300, 600, 1800]
    private var durationCounts: [Int]
    private var durationSum: Double = 0
    private var durationCount = 0

    /// Empty metrics.
    public init() {
        durationCounts = Array(repeating: 0, count: durationBuckets.count)
    }

    func countRequest(status: Int) {
        lock.lock()
        defer { lock.unlock() }
        requestsByStatus[status, default: 0] += 1
    }

    /// Records the end of a job.
    /// - Parameters:
    ///   - outcome: `completed`, `failed` or `requeued`.
    ///   - seconds: How long the job ran.
    func recordJob(outcome: String, seconds: Double?) {
        lock.lock()
        defer { lock.unlock() }
        jobsFinished[outcome, default: 0] += 1
        guard let seconds, outcome == "completed" else { return }
        durationSum += seconds
        durationCount += 1
        for (index, bound) in durationBuckets.enumerated() where seconds <= bound { durationCounts[index] += 1 }
    }

    /// The Prometheus exposition text, with the current queue state.
    func render(statusCounts: [VideoStatus: Int]) -> String {
        lock.lock()
        defer { lock.unlock() }
        var lines: [String] = []
        lines.append("# HELP ciel_videos Videos by status (queue depth is status=\"queued\").")
        lines.append("# TYPE ciel_videos gauge")
        for status in VideoStatus.allCases {
            lines.append("ciel_videos{status=\"\(status.rawValue)\"} \(statusCounts[status] ?? 0)")
        }
        lines.append("# HELP ciel_queue_depth Videos waiting for a worker.")
        lines.append("# TYPE ciel_queue_depth gauge")
        lines.append("ciel_queue_depth \(statusCounts[.queued] ?? 0)")
        lines.append("# HELP ciel_jobs_total Jobs finished by this process's worker, by outcome.")
        lines.append("# TYPE ciel_jobs_total counter")
        for (outcome, count) in jobsFinished.sorted(by: { $0.key < $1.key }) {
            lines.append("ciel_jobs_total{outcome=\"\(outcome)\"} \(count)")
        }
        lines.append("# HELP ciel_job_failures_total Jobs that ended failed.")
        lines.append("# TYPE ciel_job_failures_total counter")
        lines.append("ciel_job_failures_total \(jobsFinished["failed"] ?? 0)")
        lines.append("# HELP ciel_job_duration_seconds Time from claim to completion of successful jobs.")
        lines.append("# TYPE ciel_job_duration_seconds histogram")
        for (index, bound) in durationBuckets.enumerated() {
            lines.append("ciel_job_duration_seconds_bucket{le=\"\(Self.format(bound))\"} \(durationCounts[index])")
        }
        lines.append("ciel_job_duration_seconds_bucket{le=\"+Inf\"} \(durationCount)")
        lines.append("ciel_job_duration_seconds_sum \(durationSum)")
        lines.append("ciel_job_duration_seconds_count \(durationCount)")
        lines.append("# HELP ciel_http_requests_total HTTP responses by status code.")
        lines.append("# TYPE ciel_http_requests_total counter")
        for (status, count) in requestsByStatus.sorted(by: { $0.key < $1.key }) {
            lines.append("ciel_http_requests_total{code=\"\(status)\"} \(count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
