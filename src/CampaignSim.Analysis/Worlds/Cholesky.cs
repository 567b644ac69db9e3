namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// Solves a symmetric positive definite system by Cholesky factorisation, summing in index order so the answer is the
/// same on every machine. Small and dense: the emulator's normal equations have a few hundred unknowns at most, and a
/// recombined block's covariance a few parameters.
/// </summary>
internal static class Cholesky
{
    /// <summary>The solution x of A x = b, or null when A is not positive definite.</summary>
    public static double[]? Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        if (Factor(a) is not { } l) return null;

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++) sum -= l[i, k] * y[k];
            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++) sum -= l[k, i] * x[k];
            x[i] = sum / l[i, i];
        }

        return x;
    }

    /// <summary>The lower-triangular L with L Lᵀ = A, or null when A is not positive definite.</summary>
    public static double[,]? Factor(double[,] a)
    {
        var n = a.GetLength(0);
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++) sum -= l[i, k] * l[j, k];
                if (i == j)
                {
                    if (!(sum > 0)) return null;
                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        return l;
    }
}
