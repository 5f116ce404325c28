/// A SentencePiece unigram language model segmenter, segmenting exactly as HF tokenizers' `Unigram` model.
///
/// Viterbi over byte positions: at each character boundary every vocabulary piece that is a prefix of the rest
/// is a candidate edge (shortest first; a later candidate must score strictly higher to win). When no piece
/// covers the next character alone, an unknown edge of score `min(score) − 10` spans that character. Adjacent
/// unknown pieces are fused into one. A fused or unmatched piece becomes its UTF-8 bytes as `<0xXX>` pieces
/// with `byteFallback` (if all 256 exist), else the unknown id. Every vocabulary entry, special tokens
/// included, is matchable, as in HF.
struct UnigramModel: Sendable {
    private static let unknownPenalty = 10.0

    let pieces: [[UInt8]]
    let scores: [Double]
    let unknownID: Int
    let byteFallback: Bool
    private let minScore: Double
    private let maxPieceLength: Int
    /// FNV-1a hash of a piece's bytes → ids of the pieces with that hash.
    private let index: [UInt64: [Int32]]
    private let idsByPiece: [String: Int32]

    /// Creates a model from `(piece, score)` pairs in id order.
    /// - Throws: `TokenizerError` if the unknown id is out of range.
    init(vocabulary: [(String, Double)], unknownID: Int, byteFallback: Bool) throws {
        guard vocabulary.indices.contains(unknownID) else {
            throw TokenizerError(
                .malformed,
                "unk_id \(unknownID) is outside the vocabulary of \(vocabulary.count) pieces"
            )
        }
        var pieces: [[UInt8]] = []
        var scores: [Double] = []
        var index: [UInt64: [Int32]] = [:]
        var idsByPiece: [String: Int32] = [:]
        pieces.reserveCapacity(vocabulary.count)
        scores.reserveCapacity(vocabulary.count)
        idsByPiece.reserveCapacity(vocabulary.count)
        var minScore = Double.infinity
        var maxLength = 0
        for (id, (piece, score)) in vocabulary.enumerated() {
            let bytes = Array(piece.utf8)
            pieces.append(bytes)
            scores.append(score)
            minScore = min(minScore, score)
            // HF keeps the last id of a duplicated piece.
            idsByPiece[piece] = Int32(id)
            maxLength = max(maxLength, bytes.count)
        }
        for (piece, id) in idsByPiece where !piece.isEmpty {
            index[Self.hash(Array(piece.utf8)[...]), default: []].append(id)
        }
        self.pieces = pieces
        self.scores = scores
        self.unknownID = unknownID
        self.byteFallback = byteFallback
        self.minScore = minScore
        self.maxPieceLength = maxLength
        self.index = index
        self.idsByPiece = idsByPiece
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = fnvOffset
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* fnvPrime
        }
        return h
    }

    /// The id of an exact piece, if it is in the vocabulary (the last id of a duplicated piece, as in HF).
    func id(of piece: String) -> Int? {
        idsByPiece[piece].map(Int.init)
    }

    /// Segments one pre-tokenized word and returns its ids.
    func encode(_ word: String) -> [Int32] {
        let text = Array(word.utf8)
        guard !text.isEmpty else {
            return []
        }
        let segments = viterbi(text)
        var ids: [Int32] = []
        for (start, end, id) in segments {
            if id != unknownID {
                ids.append(Int32(id))
                continue
            }
            let piece = String(decoding: text[start..<end], as: UTF8.self)
            if let known = idsByPiece[piece] {
                ids.append(known)
                continue
            }
            if byteFallback {
                let byteIDs = text[start..<end].map { byte in idsByPiece[Self.bytePieceName(byte)] }
                if byteIDs.allSatisfy({ $0 != nil }) {
                    ids += byteIDs.compactMap { $0 }
                    continue
                }
            }
            ids.append(Int32(unknownID))
        }
        return ids
    }

    private static func bytePieceName(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "<0x" + (hex.count == 1 ? "0" + hex : hex) + ">"
    }

    /// The best segmentation as `(start, end, id)` byte ranges, unknown runs fused.
    private func viterbi(_ text: [UInt8]) -> [(Int, Int, Int)] {
        let size = text.count
        var bestScore = [Double](repeating: 0, count: size + 1)
        var startsAt = [Int](repeating: -1, count: size + 1)
        var bestID = [Int](repeating: 0, count: size + 1)
        let unknownScore = minScore - Self.unknownPenalty
        var start = 0
        while start < size {
            let scoreHere = bestScore[start]
            let characterLength = Self.utf8Length(lead: text[start], remaining: size - start)
            var hasSingleNode = false
            var h = Self.fnvOffset
            let longest = min(maxPieceLength, size - start)
            var length = 0
            while length < longest {
                h = (h ^ UInt64(text[start + length])) &* Self.fnvPrime
                length += 1
                guard let candidates = index[h] else {
                    continue
                }
                let slice = text[start..<(start + length)]
                guard let id = candidates.first(where: { pieces[Int($0)].elementsEqual(slice) }).map(Int.init) else {
                    continue
                }
                let end = start + length
                let candidate = scores[id] + scoreHere
                if startsAt[end] < 0 || candidate > bestScore[end] {
                    bestScore[end] = candidate
                    startsAt[end] = start
                    bestID[end] = id
                }
                if length == characterLength {
                    hasSingleNode = true
                }
            }
            if !hasSingleNode {
                let end = start + characterLength
                let candidate = unknownScore + scoreHere
                if startsAt[end] < 0 || candidate > bestScore[end] {
                    bestScore[end] = candidate
                    startsAt[end] = start
                    bestID[end] = unknownID
                }
            }
            start += characterLength
        }
        var segments: [(Int, Int, Int)] = []
        var end = size
        var unknownEnd: Int?
        while end > 0 {
            let begin = startsAt[end]
            if bestID[end] == unknownID {
                if unknownEnd == nil {
                    unknownEnd = end
                }
            } else {
                if let fusedEnd = unknownEnd {
                    segments.append((end, fusedEnd, unknownID))
                    unknownEnd = nil
                }
                segments.append((begin, end, bestID[end]))
            }
            end = begin
        }
        if let fusedEnd = unknownEnd {
            segments.append((0, fusedEnd, unknownID))
        }
        return segments.reversed()
    }

    /// Length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes).
    private static func utf8Length(lead: UInt8, remaining: Int) -> Int {
        let length: Int
        switch lead {
        case 0xf0...0xff: length = 4
        case 0xe0...0xef: length = 3
        case 0xc0...0xdf: length = 2
        default: length = 1
        }
        return min(length, remaining)
    }
}
