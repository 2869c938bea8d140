namespace Harness.Mock.Faults;

/// <summary>
/// A fault for one operation (or every operation with <c>"*"</c>): added latency, a forced error status,
/// or an error status sent at random with <see cref="ErrorRate"/> (0..1), at most <see cref="Times"/> times.
/// A rule with a <see cref="Tenant"/> (the SHA-256 of its key, as <see cref="State.Tenant.Hash"/>) applies to
/// that tenant only, so parallel tests can each break their own tenant.
/// </summary>
public sealed record FaultRule(string Operation, int LatencyMs = 0, int? Status = null, double ErrorRate = 1.0, int? Times = null, string? Tenant = null);
