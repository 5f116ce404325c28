import Foundation

/// Finds a model folder from a name (`ciel-tiny`) or a path.
public struct ModelLocator: Sendable {
    /// Folders searched for named models, in order.
    public var searchPaths: [URL]

    public init(searchPaths: [URL]) { self.searchPaths = searchPaths }

    /// The default model shipped with Ciel.
    public static let defaultModelName = "ciel-tiny"

    /// Resolves `nameOrPath`: an existing folder path is used as is; a name is looked up in `searchPaths`.
    /// - Throws: `PipelineError(.invalidModel)` listing where it looked.
    public func locate(_ nameOrPath: String) throws -> URL {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let direct = URL(fileURLWithPath: (nameOrPath as NSString).expandingTildeInPath)
        if nameOrPath.contains("/") || fm.fileExists(atPath: direct.appendingPathComponent("model_index.json").path) {
            guard fm.fileExists(atPath: direct.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw PipelineError(.invalidModel, "model folder \(direct.path) does not exist")
            }
            return direct
        }
        for base in searchPaths {
            let candidate = base.appendingPathComponent(nameOrPath)
            if fm.fileExists(atPath: candidate.appendingPathComponent("model_index.json").path) { return candidate }
        }
        let places = searchPaths.map(\.path).joined(separator: ", ")
        throw PipelineError(.invalidModel, "unknown model \"\(nameOrPath)\": no folder of that name in \(places); pass a model folder path instead")
    }

    /// Names of the models found in `searchPaths`.
    public func availableModels() -> [String] {
        let fm = FileManager.default
        var names: [String] = []
        for base in searchPaths {
            for name in (try? fm.contentsOfDirectory(atPath: base.path)) ?? []
            where fm.fileExists(atPath: base.appendingPathComponent(name).appendingPathComponent("model_index.json").path) {
                if !names.contains(name) { names.append(name) }
            }
        }
        return names.sorted()
    }
}
