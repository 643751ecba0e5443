/// An approved exemption (豁免) from `waivers.yaml`: turns a fail into `waived` until it expires.
public struct Waiver: Sendable {
    /// A rule id (`DB14-5.1.1`) or a clause number (`5.1.1`), as written.
    public let target: String
    public let reason: String
    public let approvedBy: String
    public let expires: Day?
    public let location: Location

    public func isActive(on day: Day) -> Bool { expires.map { $0 >= day } ?? false }
}
