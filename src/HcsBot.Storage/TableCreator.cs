using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HcsBot.Storage;

/// <summary>
/// Creates the tables at start-up (idempotently). Storage may still be starting beside us (run.sh starts
/// Azurite and the bot together), so it retries briefly, then fails start-up loudly rather than serve
/// learners with nowhere to keep their answers.
/// </summary>
internal sealed partial class TableCreator(TableServiceClient service, StorageOptions options, ILogger<TableCreator> logger) : IHostedService
{
    private static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var giveUpAt = DateTimeOffset.UtcNow + RetryFor;
        while (true)
        {
            try
            {
                await service.CreateTableIfNotExistsAsync(options.LearnersTable, cancellationToken);
                LogReady(logger, options.LearnersTable);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && DateTimeOffset.UtcNow < giveUpAt)
            {
                LogRetrying(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Table {Table} is ready")]
    private static partial void LogReady(ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table storage not reachable yet; retrying")]
    private static partial void LogRetrying(ILogger logger, Exception exception);
}
