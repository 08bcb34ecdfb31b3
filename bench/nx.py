"""NetworkX side of the benchmarks: datasets, and timings of only the read or only the computation."""
import json
import statistics
import sys
import time

import networkx as nx
import numpy as np


def median_ms(fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main():
    cmd = sys.argv[1]
    if cmd == "datasets":
        out = sys.argv[2]
        nx.write_graphml(nx.les_miserables_graph(), f"{out}/les_miserables.graphml")
        nx.write_graphml(nx.karate_club_graph(), f"{out}/karate_club.graphml")
        nx.write_graphml(nx.florentine_families_graph(), f"{out}/florentine_families.graphml")
        print(json.dumps({"ok": True}))
    elif cmd == "read":
        path, fmt, runs = sys.argv[2], sys.argv[3], int(sys.argv[4])
        reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        print(json.dumps({"ms": median_ms(lambda: reader(path), runs)}))
    elif cmd == "metrics":
        path, runs, algos = sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
        with open(path) as f:
            pairs = json.load(f)
        G = nx.Graph()
        G.add_nodes_from(range(pairs["nodes"]))
        G.add_edges_from((a, b) for a, b in pairs["edges"] if a != b)
        fns = {
            "betweenness": lambda: nx.betweenness_centrality(G),
            "pagerank": lambda: nx.pagerank(G, alpha=0.85, weight=None),
            "louvain": lambda: nx.community.louvain_communities(G, weight=None, seed=1),
        }
        print(json.dumps({a: median_ms(fns[a], runs) for a in algos}))
    elif cmd == "layout":
        path, runs, iterations = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        with open(path) as f:
            data = json.load(f)
        # A multigraph, as the app's layout graph is: parallel relations pull harder.
        G = nx.MultiGraph()
        G.add_nodes_from(range(data["nodes"]))
        pairs = data["edges"]
        G.add_edges_from((pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2) if pairs[i] != pairs[i + 1])
        start = data["start"]
        pos = {i: np.array([start[2 * i], start[2 * i + 1]]) for i in range(data["nodes"])}
        run = lambda: nx.forceatlas2_layout(G, pos=pos, max_iter=iterations, scaling_ratio=10.0, gravity=1.0, seed=1)
        print(json.dumps({"ms": median_ms(run, runs)}))
    else:
        raise SystemExit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
