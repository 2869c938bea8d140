using Harness.Mock.Server;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.State;

/// <summary>
/// Loads fixture documents: <c>{"&lt;api&gt;": {…}}</c>, each part handed to that API's module. At start,
/// every <c>fixtures/tenants/&lt;key&gt;[.part].json</c> is seeded into the tenant <c>&lt;key&gt;</c>.
/// </summary>
public sealed class FixtureLoader
{
    private readonly TenantStore _tenants;
    private readonly TimeProvider _clock;

    internal FixtureLoader(TenantStore tenants, TimeProvider clock)
    {
        _tenants = tenants;
        _clock = clock;
    }

    public void Seed(Tenant tenant, JObject fixture)
    {
        var parts = fixture.Properties()
            .Where(p => !p.Name.StartsWith('$') && p.Name != "description")
            .Select(p => (Module: _tenants.ModuleFor(p.Name)
                              ?? throw new SnapshotException($"unknown API \"{p.Name}\" in fixture (known: {string.Join(", ", _tenants.Modules.Select(m => m.ApiName))})"),
                          Body: p.Value as JObject ?? throw new SnapshotException($"fixture part \"{p.Name}\" must be an object")))
            .ToArray();

        lock (tenant.Gate)
        {
            // All or nothing across the parts: every part is checked against the tenant's state first, and
            // only when all of them fit is any applied. Nothing copies the tenant unless a module cannot check
            // without changing (a million profiles took 26 s to copy for 10,000 new ones).
            var changes = new List<Action>(parts.Length);
            foreach (var (module, body) in parts)
            {
                try
                {
                    changes.Add(Prepare(tenant, module, body));
                }
                catch (Exception e) when (e is FormatException or ArgumentException or Newtonsoft.Json.JsonException or InvalidOperationException)
                {
                    throw new SnapshotException($"fixture part \"{module.ApiName}\": {e.Message}", e);
                }
            }

            foreach (var change in changes)
            {
                change();
            }
        }
    }

    private Action Prepare(Tenant tenant, Modules.IApiModule module, JObject body)
    {
        if (tenant.ExistingStateOf(module) is not { } state)
        {
            // A tenant without this API yet gets it only when the whole fixture fits.
            var fresh = module.CreateState();
            module.Seed(fresh, body, _clock);
            return () => tenant.Replace(module, fresh);
        }

        if (module.PrepareSeed(state, body, _clock) is { } change)
        {
            return change;
        }

        var copy = module.Restore(module.Snapshot(state));
        module.Seed(copy, body, _clock);
        return () => tenant.Replace(module, copy);
    }

    /// <summary>
    /// Seeds every <c>tenants/*.json</c> of a fixtures folder. The tenant key is the file name up to its
    /// first dot, so <c>demo.iterable.json</c> and <c>demo.netmera.json</c> both seed the tenant <c>demo</c>.
    /// </summary>
    public int SeedFolder(string directory)
    {
        var folder = Path.Combine(directory, "tenants");
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            JObject document;
            try
            {
                // Date-like strings stay strings: fixtures load exactly as written.
                using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(File.ReadAllText(file)))
                {
                    DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
                };
                document = JObject.Load(reader);
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                throw new SnapshotException($"{Shown(file)}:{e.LineNumber}:{e.LinePosition}: {e.Message}");
            }

            try
            {
                Seed(_tenants.GetOrCreateFixture(Path.GetFileName(file).Split('.')[0]), document);
            }
            catch (SnapshotException e)
            {
                throw new SnapshotException($"{Shown(file)}: {e.Message}", e);
            }

            count++;
        }

        return count;
    }

    /// <summary>The fixture's path with the key in its file name masked: error messages never print a whole key.</summary>
    private static string Shown(string file)
    {
        var name = Path.GetFileName(file);
        var key = name.Split('.')[0];
        return Path.Combine(Path.GetDirectoryName(file) ?? "", KeyMask.Mask(key) + name[key.Length..]);
    }
}
