import ReglamentAccess
import ReglamentRun

/// The workspace's names of the values it shows: roles, mail kinds and states, kept promises.
extension InterfaceText {
    func said(_ role: Role) -> String {
        switch role {
        case .admin: self[.roleAdmin]
        case .operator: self[.roleOperator]
        case .owner: self[.roleOwner]
        case .auditor: self[.roleAuditor]
        }
    }

    func said(_ kind: OwnerMailKind) -> String {
        switch kind {
        case .order: self[.mailOrder]
        case .message: self[.mailMessage]
        case .notification: self[.mailNotification]
        }
    }

    func said(_ state: DeliveryState) -> String {
        switch state {
        case .queued: self[.mailQueued]
        case .sending: self[.mailSending]
        case .sent: self[.mailSent]
        case .failed: self[.mailFailed]
        }
    }

    /// On the owner's list; the audit report says it in `PromiseKeeping.said`, as `reglament audit` does.
    func said(_ promise: PromiseKeeping) -> String {
        switch promise {
        case .kept: self[.promiseKept]
        case .late: self[.promiseLate]
        case .due: self[.promiseDue]
        case .broken: self[.promiseBroken]
        }
    }
}
