using Azure.Data.Tables;
using HcsBot.Core.Learners;

namespace HcsBot.Storage.Tests;

/// <summary>
/// Real table storage for the tests: the Azurite that ./test.sh starts (HCSBOT_TEST_STORAGE). Each fixture
/// works in tables of its own, so test classes never see each other's rows.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteFixture()
    {
        ConnectionString = Environment.GetEnvironmentVariable("HCSBOT_TEST_STORAGE")
            ?? throw new InvalidOperationException("HCSBOT_TEST_STORAGE is not set: run the tests through ./test.sh, which starts Azurite.");
        Options = new StorageOptions { ConnectionString = ConnectionString, TablePrefix = "t" + Guid.NewGuid().ToString("N")[..12] };
    }

    public string ConnectionString { get; }

    public StorageOptions Options { get; }

    public TableServiceClient NewClient() => TableStorageSetup.CreateServiceClient(Options);

    public TableLearnerStore NewStore() => new(NewClient(), Options);

    public static LearnerId NewLearner()
    {
        LearnerId.TryCreate("tenant-" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString(), out var learner);
        return learner!.Value;
    }

    public async Task InitializeAsync() => await NewClient().CreateTableIfNotExistsAsync(Options.LearnersTable);

    public async Task DisposeAsync() => await NewClient().DeleteTableAsync(Options.LearnersTable);
}
