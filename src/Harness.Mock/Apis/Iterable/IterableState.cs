namespace Harness.Mock.Apis.Iterable;

/// <summary>
/// One tenant's Iterable project: its type and its profiles, with indexes by email, userId and device
/// token (so disabling a token everywhere costs its holders, not the whole project). Every change of an
/// identifier or a device list goes through here to keep the indexes right. Snapshots are written by
/// <see cref="IterableDocument"/>, which rebuilds the indexes on restore.
/// </summary>
internal sealed partial class IterableState
{
    private readonly Dictionary<long, Profile> _profiles = [];
    private readonly ProfileIndex _byEmail = new();
    private readonly ProfileIndex _byUserId = new();
    private readonly ProfileIndex _byToken = new();

    // Thousands of devices share a handful of app names: keep one string per name.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private long _nextSequence = 1;

    public ProjectType ProjectType { get; set; } = ProjectType.Email;

    /// <summary>The project's field types (<c>RequestFieldsTypesMismatched</c>), part of snapshots and fixtures.</summary>
    public FieldTypes FieldTypes { get; } = new();

    /// <summary>The tenant setting <c>projectId</c>; null: derived from the API key (<see cref="ProjectIds"/>).</summary>
    public int? ProjectId { get; set; }

    /// <summary>The id derived from the key of the last request (settings and snapshots do not know the key).</summary>
    public int? KeyProjectId { get; private set; }

    /// <summary>The project id messages name: the setting, else derived from the API key.</summary>
    public int ProjectIdFor(string apiKey) => ProjectId ?? (KeyProjectId ??= ProjectIds.Derive(apiKey));

    /// <summary>The tenant setting <c>dropUnrecognizedFields</c>: the default of users/update's <c>createNewFields</c>.</summary>
    public bool DropUnrecognizedFields { get; set; }

    public int Count => _profiles.Count;

    /// <summary>Every profile, oldest first.</summary>
    public IEnumerable<Profile> Profiles => _profiles.Values.OrderBy(p => p.Sequence);

    public Profile? ByEmail(string email) => _byEmail.Oldest(email);

    /// <summary>The oldest profile with the userId (several may share one in email-based projects).</summary>
    public Profile? ByUserId(string userId) => _byUserId.Oldest(userId);

    public IReadOnlyList<Profile> AllByUserId(string userId) => _byUserId.All(userId);

    public IReadOnlyList<Profile> HoldersOf(string token) => _byToken.All(token);

    public bool EmailHeldByOther(string email, Profile? except) => _byEmail.HeldByOther(email, except);

    public bool UserIdHeldByOther(string userId, Profile? except) => _byUserId.HeldByOther(userId, except);

    public Profile Create(string? email, string? userId, long nowTicks)
    {
        var profile = new Profile(_nextSequence++, email, userId, nowTicks);
        _profiles[profile.Sequence] = profile;
        if (email is not null)
        {
            _byEmail.Add(email, profile);
        }

        if (userId is not null)
        {
            _byUserId.Add(userId, profile);
        }

        return profile;
    }

    /// <summary>
    /// A new email starts a new document (recorded): <c>documentCreatedAt</c> becomes the time of the change,
    /// and a profile without <c>signupDate</c> gets one then.
    /// </summary>
    public void SetEmail(Profile profile, string? email, long nowTicks)
    {
        if (string.Equals(profile.Email, email, StringComparison.Ordinal))
        {
            return;
        }

        profile.DocumentCreatedTicks = nowTicks;
        profile.SignupTicks ??= nowTicks;

        if (profile.Email is not null)
        {
            _byEmail.Remove(profile.Email, profile);
        }

        profile.Email = email;
        if (email is not null)
        {
            _byEmail.Add(email, profile);
        }
    }

    public void SetUserId(Profile profile, string? userId)
    {
        if (string.Equals(profile.UserId, userId, StringComparison.Ordinal))
        {
            return;
        }

        if (profile.UserId is not null)
        {
            _byUserId.Remove(profile.UserId, profile);
        }

        profile.UserId = userId;
        if (userId is not null)
        {
            _byUserId.Add(userId, profile);
        }
    }

    public void AddDevice(Profile profile, StoredDevice device)
    {
        profile.AddDevice(device);
        _byToken.Add(device.Token, profile);
    }

    public void Remove(Profile profile)
    {
        _profiles.Remove(profile.Sequence);
        if (profile.Email is not null)
        {
            _byEmail.Remove(profile.Email, profile);
        }

        if (profile.UserId is not null)
        {
            _byUserId.Remove(profile.UserId, profile);
        }

        foreach (var device in profile.Devices)
        {
            _byToken.Remove(device.Token, profile);
        }
    }

    /// <summary>Where the state stands now, so that a fixture's load can be taken back (<see cref="RollBack"/>).</summary>
    public SeedMark Mark() => new(_nextSequence, ProjectType, ProjectId, DropUnrecognizedFields, FieldTypes.Count);

    /// <summary>
    /// Takes back everything a load did since <paramref name="mark"/>: a load only adds profiles (with their
    /// devices), learns field types and sets the project's settings, so removing the profiles created since,
    /// forgetting the fields learned since and restoring the settings leaves the state as it was.
    /// </summary>
    public void RollBack(SeedMark mark)
    {
        for (var sequence = _nextSequence - 1; sequence >= mark.NextSequence; sequence--)
        {
            if (_profiles.TryGetValue(sequence, out var profile))
            {
                Remove(profile);
            }
        }

        _nextSequence = mark.NextSequence;
        ProjectType = mark.ProjectType;
        ProjectId = mark.ProjectId;
        DropUnrecognizedFields = mark.DropUnrecognizedFields;
        FieldTypes.Truncate(mark.FieldCount);
    }

    public readonly record struct SeedMark(long NextSequence, ProjectType ProjectType, int? ProjectId, bool DropUnrecognizedFields, int FieldCount);

    public string Intern(string name)
    {
        if (_names.TryGetValue(name, out var known))
        {
            return known;
        }

        _names[name] = name;
        return name;
    }
}
