namespace Harness.Runner.Comparing;

/// <summary>
/// A random source that can start over from a seed, so the two sides of a comparison draw the same
/// e-mails, uuids and tenant keys for the same case and their requests are identical.
/// </summary>
internal sealed class ReseedableRandom : Random
{
    private Random _inner = new();

    public void Reseed(int seed) => _inner = new Random(seed);

    public override int Next() => _inner.Next();

    public override int Next(int maxValue) => _inner.Next(maxValue);

    public override int Next(int minValue, int maxValue) => _inner.Next(minValue, maxValue);

    public override long NextInt64() => _inner.NextInt64();

    public override long NextInt64(long maxValue) => _inner.NextInt64(maxValue);

    public override long NextInt64(long minValue, long maxValue) => _inner.NextInt64(minValue, maxValue);

    public override double NextDouble() => _inner.NextDouble();

    public override float NextSingle() => _inner.NextSingle();

    public override void NextBytes(byte[] buffer) => _inner.NextBytes(buffer);

    public override void NextBytes(Span<byte> buffer) => _inner.NextBytes(buffer);

    protected override double Sample() => _inner.NextDouble();
}
