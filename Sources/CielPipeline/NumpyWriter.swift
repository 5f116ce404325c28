import Foundation

/// Writes float32 arrays as NumPy `.npy` (format 1.0, little-endian, C order).
public enum NumpyWriter {
    /// Serialises `values` with `shape`.
    public static func data(_ values: [Float], shape: [Int]) -> Data {
        precondition(values.count == shape.reduce(1, *), "npy: \(values.count) values for shape \(shape)")
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': \(shapeText), }"
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var data = Data([0x93]) + Data("NUMPY".utf8) + Data([1, 0])
        let length = UInt16(header.utf8.count)
        data.append(contentsOf: [UInt8(length & 0xff), UInt8(length >> 8)])
        data.append(Data(header.utf8))
        values.withUnsafeBufferPointer { data.append(UnsafeBufferPointer(start: UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: UInt8.self), count: $0.count * 4)) }
        return data
    }

    /// Writes `values` to `url` atomically (temporary file, then rename).
    public static func write(_ values: [Float], shape: [Int], to url: URL) throws {
        try data(values, shape: shape).write(to: url, options: .atomic)
    }
}
