import CielStore
import Foundation
import Hummingbird

/// `/healthz`, `/metrics` and `/v1/models`.
struct OperationsController {
    let repository: any CielRepository
    let catalog: ModelCatalog
    let metrics: ServerMetrics

    func addPublicRoutes(to router: Router<CielRequestContext>) {
        router.get("healthz") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get("metrics") { _, _ -> Response in
            let text = metrics.render(statusCounts: try await repository.statusCounts())
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }

    func addModelRoutes(to group: RouterGroup<CielRequestContext>) {
        group.get("models") { _, _ -> Response in
            try JSONResponse.make(ModelList(data: catalog.allNames.map(model(named:))))
        }
        group.get("models/:model") { _, context -> Response in
            let name = context.parameters.get("model") ?? ""
            guard catalog.resolve(name) != nil else {
                throw ServerError(
                    status: .notFound, message: "The model '\(name)' does not exist.", param: "model",
                    code: "model_not_found")
            }
            return try JSONResponse.make(model(named: name))
        }
    }

    struct ModelObject: Encodable {
        let id: String
        let object = "model"
        let created: Int64
        let owned_by: String
        let supports_input_reference: Bool
        let alias_of: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(object, forKey: .object)
            try container.encode(created, forKey: .created)
            try container.encode(owned_by, forKey: .owned_by)
            try container.encode(supports_input_reference, forKey: .supports_input_reference)
            try container.encode(alias_of, forKey: .alias_of)
        }

        enum CodingKeys: String, CodingKey { case id, object, created, owned_by, supports_input_reference, alias_of }
    }

    struct ModelList: Encodable {
        let object = "list"
        let data: [ModelObject]
    }

    func model(named name: String) -> ModelObject {
        let info = catalog.resolve(name)
        return ModelObject(
            id: name, created: info?.created ?? 0, owned_by: "ciel",
            supports_input_reference: info?.supportsImageInput ?? false,
            alias_of: info.flatMap { $0.name == name ? nil : $0.name })
    }
}
