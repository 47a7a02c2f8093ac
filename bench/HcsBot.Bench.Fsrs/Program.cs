using System.Diagnostics;
using System.Globalization;
using HcsBot.Bench.Fsrs;
using HcsBot.Core.Scheduling;

// Rounds after warm-up; the median resists the noise of a shared 2-core machine.
const int WarmUpRounds = 3;
const int MeasuredRounds = 9;

var workload = new ReviewWorkload();
var scheduler = new FsrsScheduler(FsrsParameters.Default);
var checksum = string.Empty;
for (var round = 0; round < WarmUpRounds; round++)
{
    checksum = workload.Replay(scheduler);
}

var throughputs = new List<double>();
for (var round = 0; round < MeasuredRounds; round++)
{
    var stopwatch = Stopwatch.StartNew();
    workload.Replay(scheduler);
    throughputs.Add(ReviewWorkload.Reviews / stopwatch.Elapsed.TotalSeconds);
}

throughputs.Sort();
Console.WriteLine("implementation=HcsBot FsrsScheduler (.NET " + Environment.Version + ")");
Console.WriteLine("reviews=" + ReviewWorkload.Reviews.ToString(CultureInfo.InvariantCulture));
Console.WriteLine("reviews_per_second=" + Math.Round(throughputs[MeasuredRounds / 2]).ToString(CultureInfo.InvariantCulture));
Console.WriteLine("checksum=" + checksum);
