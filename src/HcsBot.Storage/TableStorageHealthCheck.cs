using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HcsBot.Storage;

/// <summary>Healthy when the learners table answers a point read (a miss is fine: reachability is the point).</summary>
internal sealed class TableStorageHealthCheck(TableServiceClient service, StorageOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await service.GetTableClient(options.LearnersTable)
                .GetEntityIfExistsAsync<TableEntity>("health", "probe", cancellationToken: timeout.Token);
            return HealthCheckResult.Healthy("table storage reachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("table storage unreachable", ex);
        }
    }
}
