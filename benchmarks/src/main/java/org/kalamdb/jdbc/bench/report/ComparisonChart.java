package org.kalamdb.jdbc.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The plot of the report, drawn with Java2D (no plotting library needed on the machine): for each
 * workload, the speed of the in-process and the gRPC driver relative to pgjdbc, on a log scale,
 * with error bars; pgjdbc is the line at 1.
 */
final class ComparisonChart {

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 600;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 70;
    private static final int BOTTOM = 90;
    private static final Color IN_PROCESS = new Color(0x1f77b4);
    private static final Color GRPC = new Color(0xff7f0e);
    private static final Color PGJDBC = new Color(0x7f7f7f);

    private ComparisonChart() {
    }

    static void write(List<ChartGroup> groups, String subtitle, Path png) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, groups, subtitle);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static void draw(Graphics2D g, List<ChartGroup> groups, String subtitle) {
        Scale scale = Scale.covering(groups);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("kalam-jdbc vs pgjdbc: speed relative to pgjdbc (log scale, higher is faster)", LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(subtitle, LEFT, 50);

        // grid: one line per decade
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int e = scale.minExp; e <= scale.maxExp; e++) {
            int y = TOP + scale.y(Math.pow(10, e), plotH);
            g.setColor(e == 0 ? PGJDBC : new Color(0xdddddd));
            g.setStroke(e == 0 ? new BasicStroke(2f) : new BasicStroke(1f));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(Color.DARK_GRAY);
            String label = e >= 0 ? String.format(Locale.ROOT, "%,.0f×", Math.pow(10, e))
                    : java.math.BigDecimal.ONE.movePointLeft(-e).toPlainString() + "×";
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, TOP, LEFT, TOP + plotH);

        int groupW = plotW / Math.max(1, groups.size());
        int barW = Math.min(60, groupW / 3);
        for (int i = 0; i < groups.size(); i++) {
            ChartGroup group = groups.get(i);
            int x0 = LEFT + i * groupW + (groupW - 2 * barW - 10) / 2;
            bar(g, group.inProcess(), x0, barW, scale, plotH, IN_PROCESS);
            bar(g, group.grpc(), x0 + barW + 10, barW, scale, plotH, GRPC);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics fm = g.getFontMetrics();
            int cx = LEFT + i * groupW + groupW / 2;
            g.drawString(group.label(), cx - fm.stringWidth(group.label()) / 2, TOP + plotH + 22);
        }
        legend(g, TOP + plotH + 50);
    }

    private static void bar(Graphics2D g, Cell cell, int x, int w, Scale scale, int plotH, Color color) {
        int base = TOP + scale.y(1.0, plotH);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (!(cell instanceof Cell.Measured m)) {
            g.setColor(Color.GRAY);
            g.drawString("n/a", x + w / 2 - 8, base - 6);
            return;
        }
        double v = m.metric().value();
        int y = TOP + scale.y(v, plotH);
        g.setColor(color);
        g.fillRect(x, Math.min(y, base), w, Math.max(1, Math.abs(base - y)));
        if (m.metric().hasError() && m.metric().error() > 0) {
            double lo = Math.max(v - m.metric().error(), scale.min());
            double hi = v + m.metric().error();
            int yLo = TOP + scale.y(lo, plotH);
            int yHi = TOP + scale.y(hi, plotH);
            int cx = x + w / 2;
            g.setColor(Color.BLACK);
            g.drawLine(cx, yLo, cx, yHi);
            g.drawLine(cx - 5, yLo, cx + 5, yLo);
            g.drawLine(cx - 5, yHi, cx + 5, yHi);
        }
        g.setColor(Color.BLACK);
        String text = trim(v) + "×";
        int ty = v >= 1 ? Math.min(y, base) - 4 : Math.max(y, base) + 13;
        g.drawString(text, x + w / 2 - g.getFontMetrics().stringWidth(text) / 2, ty);
    }

    private static void legend(Graphics2D g, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int x = LEFT;
        x = legendItem(g, x, y, IN_PROCESS, "kalam-jdbc, server in-process (jdbc:kalam:mem:)");
        x = legendItem(g, x, y, GRPC, "kalam-jdbc over loopback gRPC (standalone server)");
        legendItem(g, x, y, PGJDBC, "pgjdbc on PostgreSQL = 1×");
    }

    private static int legendItem(Graphics2D g, int x, int y, Color color, String text) {
        g.setColor(color);
        g.fillRect(x, y - 11, 14, 14);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 20, y);
        return x + 30 + g.getFontMetrics().stringWidth(text);
    }

    private static String trim(double v) {
        return Fmt.number(v);
    }

    /** A log10 axis from one decade to another, covering every value, error bar and 1. */
    private record Scale(int minExp, int maxExp) {

        static Scale covering(List<ChartGroup> groups) {
            double lo = 1;
            double hi = 1;
            for (ChartGroup gr : groups) {
                for (Cell c : List.of(gr.inProcess(), gr.grpc())) {
                    if (c instanceof Cell.Measured m && m.metric().value() > 0) {
                        double v = m.metric().value();
                        double e = m.metric().hasError() ? m.metric().error() : 0;
                        lo = Math.min(lo, Math.max(v - e, v / 10));
                        hi = Math.max(hi, v + e);
                    }
                }
            }
            int minExp = (int) Math.floor(Math.log10(lo));
            int maxExp = (int) Math.ceil(Math.log10(hi));
            if (minExp == maxExp) {
                maxExp++;
            }
            return new Scale(Math.min(minExp, -1), Math.max(maxExp, 1));
        }

        double min() {
            return Math.pow(10, minExp);
        }

        /** Pixels from the top of the plot area. */
        int y(double v, int plotH) {
            double lv = Math.log10(Math.max(v, min()));
            return (int) Math.round(plotH * (maxExp - lv) / (maxExp - minExp));
        }
    }
}
