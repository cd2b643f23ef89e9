package io.divertwatch.vessel.feed;

import io.divertwatch.ais.AisMessage;
import io.divertwatch.sea.VesselReport;
import io.divertwatch.sea.VesselStatics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** What a feed delivered, as the live engine would receive it; safe to read while the feed runs. */
final class RecordingSink implements AisFeed.Sink {

    record Received(AisMessage message, long time, String feed) {
    }

    final List<Received> messages = new CopyOnWriteArrayList<>();
    final List<VesselReport> rows = new CopyOnWriteArrayList<>();
    final AtomicLong clock = new AtomicLong();

    @Override
    public void message(AisMessage message, long time, String feed) {
        messages.add(new Received(message, time, feed));
    }

    @Override
    public void row(VesselReport report, VesselStatics statics) {
        rows.add(report);
    }

    @Override
    public void clock(long time) {
        clock.accumulateAndGet(time, Math::max);
    }

    Set<Integer> locatedVessels() {
        Set<Integer> out = new HashSet<>();
        messages.stream().filter(r -> r.message().hasPosition() && r.message().position().hasLocation())
                .forEach(r -> out.add(r.message().mmsi()));
        return out;
    }
}
