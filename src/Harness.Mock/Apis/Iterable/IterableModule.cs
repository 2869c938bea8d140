using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// Iterable's users and devices endpoints (behaviour.md, Iterable section): profiles by email and/or
/// userId per project type, devices on profiles, reads and deletes, in Iterable's error envelope.
/// </summary>
internal sealed class IterableModule : ApiModule<IterableState>
{
    public IterableModule()
    {
        On("updateUser", UpdateUserHandler.Handle);
        On("registerDeviceToken", RegisterDeviceTokenHandler.Handle);
        On("disableDevice", DisableDeviceHandler.Handle);
        On("getUserByEmail", ReadUserHandler.ByEmail);
        On("getUserByEmailPath", ReadUserHandler.ByEmail);
        On("getUserByUserId", ReadUserHandler.ByUserId);
        On("getUserByUserIdQuery", ReadUserHandler.ByUserId);
        On("deleteUserByEmail", DeleteUserHandler.ByEmail);
        On("deleteUserByUserId", DeleteUserHandler.ByUserId);
        OnAdmin("view", (_, state, _) => MockResponse.Ok(IterableView.Of(state)));
    }

    public override string ApiName => "iterable";

    public override IApiErrors Errors => IterableErrors.Instance;

    /// <summary>The fixture part is the document format of <see cref="IterableDocument"/>; users are added to the tenant's.</summary>
    protected override void Seed(IterableState state, JObject fixture, TimeProvider clock) =>
        IterableDocument.Load(state, fixture, IterableDates.Now(clock));

    /// <summary>
    /// Loads the part into the live state and takes it back (its conflicts are with the tenant's own profiles);
    /// the change loads it again, which on the same state cannot fail. Costs the part, not the tenant.
    /// </summary>
    protected override Action? PrepareSeed(IterableState state, JObject fixture, TimeProvider clock)
    {
        var now = IterableDates.Now(clock);
        var mark = state.Mark();
        try
        {
            IterableDocument.Load(state, fixture, now);
        }
        finally
        {
            state.RollBack(mark);
        }

        return () => IterableDocument.Load(state, fixture, now);
    }

    /// <summary>
    /// <c>projectType</c>, <c>projectId</c> and <c>dropUnrecognizedFields</c> (behaviour.md's admin table), all
    /// checked before any is applied: a changed project type against the profiles it would have to hold (shared
    /// or missing identifiers), which reads every profile but copies none.
    /// </summary>
    protected override Action? PrepareSettings(IterableState state, JObject settings)
    {
        ProjectType? type = null;
        if (settings["projectType"] is { } value)
        {
            type = ProjectTypes.Parse(value.Type == JTokenType.String ? (string?)value : value.ToString(Formatting.None));
            // The profiles held fit the current type (every way in checks them), so only a change can conflict.
            if (type != state.ProjectType && state.Conflict(type.Value) is { } conflict)
            {
                throw new ArgumentException($"projectType cannot become \"{type.Value.ToWire()}\": {conflict}");
            }
        }

        var projectId = settings["projectId"] switch
        {
            null => state.ProjectId,
            { Type: JTokenType.Null } => null,
            { Type: JTokenType.Integer } id when (long)id is >= 0 and <= int.MaxValue => (int?)(long)id,
            var other => throw new ArgumentException($"projectId must be a non-negative integer, not {other.ToString(Formatting.None)}"),
        };
        var drop = settings["dropUnrecognizedFields"] switch
        {
            null => state.DropUnrecognizedFields,
            { Type: JTokenType.Boolean } flag => (bool)flag,
            var other => throw new ArgumentException($"dropUnrecognizedFields must be true or false, not {other.ToString(Formatting.None)}"),
        };

        return () =>
        {
            state.ProjectType = type ?? state.ProjectType;
            state.ProjectId = projectId;
            state.DropUnrecognizedFields = drop;
        };
    }

    protected override void ApplySettings(IterableState state, JObject settings) => PrepareSettings(state, settings)!();

    public override JToken Snapshot(object state) => IterableDocument.Write((IterableState)state);

    public override object Restore(JToken snapshot)
    {
        var state = new IterableState();
        try
        {
            IterableDocument.Load(state, snapshot as JObject ?? throw new FormatException("the iterable part must be an object"),
                IterableDates.Now(TimeProvider.System));
        }
        catch (FormatException e)
        {
            // The tenant store reports JSON errors of a snapshot as a 400; a FormatException would be a 500.
            throw new JsonSerializationException(e.Message, e);
        }

        return state;
    }

    public override JToken PrepareBody(ApiOperation operation, JToken body)
    {
        if (operation.RequestSchema is { } schema)
        {
            OptionalNulls.Remove(body, schema);
        }

        return body;
    }

    public override (string Group, int PerSecond)? RateLimit(string operationId) => operationId switch
    {
        "updateUser" => ("users/update", 500),
        "registerDeviceToken" => ("users/registerDeviceToken", 500),
        "getUserByEmail" or "getUserByEmailPath" or "getUserByUserId" or "getUserByUserIdQuery" => ("GET user", 100),
        "deleteUserByEmail" or "deleteUserByUserId" => ("DELETE user", 100),
        _ => null,
    };
}
