import ArgumentParser
import ReglamentRun

/// `outbox list --state sent`; ArgumentParser lists the states for a wrong one.
extension DeliveryState: ExpressibleByArgument {}
