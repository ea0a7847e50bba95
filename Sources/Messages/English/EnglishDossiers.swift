import Panel

extension English {
    /// The messages of dossier logs: a record left out, and how many were.
    static func dossierText(_ problem: Problem) -> String {
        switch problem {
        case .badDossier(let kind, let text, let column):
            let reason: String =
                switch kind {
                case .missingValue: "column '\(column)' is empty"
                case .unreadableDate:
                    "'\(text)' in column '\(column)' is not a date (dd/mm/yyyy, dd/mm/yyyy HH:mm, yyyy-mm-dd or an Excel day number)"
                case .unknownTier: "'\(text)' is not a tier (cấp tỉnh, cấp huyện, cấp xã)"
                case .unknownChannel: "'\(text)' is not a channel of filing (trực tuyến, trực tiếp, bưu chính công ích)"
                case .returnedBeforeReceived: "returned '\(text)', before it was received"
                case .dueBeforeReceived: "due '\(text)', before it was received"
                case .duplicateID: "dossier id '\(text)' was given on an earlier record"
                }
            return reason + ": this dossier is left out of every count"
        case .dossiersLeftOut(let records, let leftOut):
            let total = leftOut.reduce(0) { $0 + $1.count }
            return "\(total) of \(records) dossier records are left out of every count: "
                + leftOut.map { "\($0.count) \(phrase($0.kind))" }.joined(separator: ", ")
        default: return ""
        }
    }

    /// Records of one bad kind, after their number ("4 returned before received").
    static func phrase(_ kind: BadDossier) -> String {
        switch kind {
        case .missingValue: "with an empty id, unit, date received or due date"
        case .unreadableDate: "with a date that does not read"
        case .unknownTier: "of an unknown tier"
        case .unknownChannel: "of an unknown channel"
        case .returnedBeforeReceived: "returned before received"
        case .dueBeforeReceived: "due before received"
        case .duplicateID: "with a dossier id given before"
        }
    }
}
