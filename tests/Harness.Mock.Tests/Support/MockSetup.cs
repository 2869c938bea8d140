using Harness.Mock.Server;
using NUnit.Framework;

// In the root namespace so that NUnit runs it once around every test of the assembly.

namespace Harness.Mock.Tests;

/// <summary>One mock for the whole test assembly; tests isolate themselves with fresh tenant keys.</summary>
[SetUpFixture]
public sealed class MockSetup
{
    private static HarnessMock? _mock;

    public static HarnessMock Mock => _mock ?? throw new InvalidOperationException("the shared mock is not started");

    [OneTimeSetUp]
    public async Task Start() => _mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_mock is not null)
        {
            await _mock.DisposeAsync();
        }
    }
}
