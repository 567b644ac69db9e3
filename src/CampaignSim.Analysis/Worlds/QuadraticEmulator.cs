namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// A cheap stand-in for the simulation of one target: a regression on each parameter and its square (no interactions, so
/// the number of terms grows with the parameters, not their square), fitted by ridge-stabilised least squares to the
/// candidates simulated so far. History matching uses emulators to screen proposals between waves (Vernon, Goldstein and
/// Bower 2010 and Andrianakis et al. 2015 fit a regression with a correlated residual process); this one keeps
/// only the regression, and the residual variance of the fit stands in for the emulator's uncertainty and is added to the
/// implausibility's denominator, so a rough fit screens out only what is far from the record.
/// </summary>
public sealed class QuadraticEmulator
{
    /// <summary>Ridge penalty relative to the mean diagonal of the normal equations: enough to keep a near-collinear design solvable, too small to bias a fit.</summary>
    private const double RelativeRidge = 1e-8;

    private readonly double[] _coefficients;

    private QuadraticEmulator(double[] coefficients, double residualVariance, int observations)
    {
        _coefficients = coefficients;
        ResidualVariance = residualVariance;
        Observations = observations;
    }

    /// <summary>Residual variance of the fit (sum of squared residuals over observations minus terms): the emulator's own variance.</summary>
    public double ResidualVariance { get; }

    /// <summary>Observations the fit used.</summary>
    public int Observations { get; }

    /// <summary>Terms of the regression for a number of inputs: a constant, each input and each input squared.</summary>
    public static int Terms(int inputs) => 1 + 2 * inputs;

    /// <summary>
    /// Fits the emulator to inputs on the unit cube (<see cref="WorldParameter.ToUnit"/>) and outputs; null when there are
    /// fewer than twice as many observations as terms (too few to estimate the residual variance honestly) or the system
    /// cannot be solved.
    /// </summary>
    public static QuadraticEmulator? Fit(IReadOnlyList<IReadOnlyList<double>> inputs, IReadOnlyList<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        if (inputs.Count != outputs.Count) throw new ArgumentException("One output per input.", nameof(outputs));
        if (inputs.Count == 0) return null;
        var d = inputs[0].Count;
        var p = Terms(d);
        var n = inputs.Count;
        if (n < 2 * p) return null;

        var xtx = new double[p, p];
        var xty = new double[p];
        var row = new double[p];
        for (var i = 0; i < n; i++)
        {
            Features(inputs[i], row);
            for (var a = 0; a < p; a++)
            {
                xty[a] += row[a] * outputs[i];
                for (var b = 0; b <= a; b++) xtx[a, b] += row[a] * row[b];
            }
        }

        var trace = 0.0;
        for (var a = 0; a < p; a++)
        {
            trace += xtx[a, a];
            for (var b = 0; b < a; b++) xtx[b, a] = xtx[a, b];
        }

        var ridge = RelativeRidge * trace / p;
        for (var a = 0; a < p; a++) xtx[a, a] += ridge;
        var beta = Cholesky.Solve(xtx, xty);
        if (beta is null) return null;

        var emulator = new QuadraticEmulator(beta, 0, n);
        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = outputs[i] - emulator.Predict(inputs[i]);
            rss += e * e;
        }

        return new QuadraticEmulator(beta, rss / (n - p), n);
    }

    /// <summary>The predicted output at an input on the unit cube.</summary>
    public double Predict(IReadOnlyList<double> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sum = _coefficients[0];
        for (var j = 0; j < input.Count; j++)
        {
            var c = input[j] - 0.5;
            sum += _coefficients[1 + 2 * j] * c + _coefficients[2 + 2 * j] * c * c;
        }

        return sum;
    }

    /// <summary>The regression terms of an input, centred on the middle of the cube so the constant is the output there.</summary>
    private static void Features(IReadOnlyList<double> input, double[] row)
    {
        row[0] = 1;
        for (var j = 0; j < input.Count; j++)
        {
            var c = input[j] - 0.5;
            row[1 + 2 * j] = c;
            row[2 + 2 * j] = c * c;
        }
    }
}
