namespace Harness.Samples.Loyalty;

/// <summary>One tenant's members. Public properties, so snapshots and fixtures round-trip it as JSON.</summary>
public sealed class LoyaltyState
{
    public Dictionary<string, Member> Members { get; set; } = new(StringComparer.Ordinal);
}

public sealed class Member
{
    public string MemberId { get; set; } = "";
    public string Name { get; set; } = "";
    public int Points { get; set; }

    /// <summary>The tier follows the balance: silver from 100 points, gold from 500.</summary>
    public string Tier => Points >= 500 ? "gold" : Points >= 100 ? "silver" : "bronze";
}
