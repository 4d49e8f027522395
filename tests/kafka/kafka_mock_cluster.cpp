// A Kafka cluster for the tests: librdkafka's mock brokers (rdkafka_mock.h) on 127.0.0.1,
// real Kafka protocol, driven line by line over standard input so that a test can produce
// into it, take a broker away and bring it back, while the real trendlens binary consumes.
//
// usage: kafka_mock_cluster BROKERS
// Prints "bootstrap HOST:PORT,…", then answers each command with "ok" or "error WHY":
//   topic NAME PARTITIONS
//   produce TOPIC PARTITION PAYLOAD   (the rest of the line, as it is)
//   produce-file TOPIC FILE           (each line a message, the partitions taking turns)
//   down BROKER_ID | up BROKER_ID     (ids 1..BROKERS)
//   quit
// The mock brokers keep a few MB of each partition, like a real broker's retention: older
// messages go, and "earliest" moves on.
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace {

rd_kafka_t *client(rd_kafka_type_t type, const std::string &bootstrap) {
    char error[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (!bootstrap.empty() && rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), error,
                                                sizeof error) != RD_KAFKA_CONF_OK) {
        std::cerr << error << "\n";
        return nullptr;
    }
    rd_kafka_conf_set(conf, "log_level", "0", error, sizeof error);
    rd_kafka_t *rk = rd_kafka_new(type, conf, error, sizeof error);
    if (!rk)
        std::cerr << error << "\n";
    return rk;
}

// Each line of `path` as one message, line i into partition i mod `partitions`, then waits
// until every one is acknowledged: a benchmark's or a test's bulk load.
rd_kafka_resp_err_t produceFile(rd_kafka_t *producer, const std::string &topic, int partitions,
                                const std::string &path) {
    std::ifstream in(path);
    if (!in || partitions < 1)
        return RD_KAFKA_RESP_ERR__INVALID_ARG;
    std::string payload;
    for (long line = 0; std::getline(in, payload); ++line) {
        for (;;) {
            const rd_kafka_resp_err_t err =
                rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic.c_str()),
                                  RD_KAFKA_V_PARTITION(int32_t(line % partitions)),
                                  RD_KAFKA_V_VALUE(payload.data(), payload.size()),
                                  RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                if (err)
                    return err;
                break;
            }
            rd_kafka_poll(producer, 50); // the queue drains as the brokers acknowledge
        }
    }
    return rd_kafka_flush(producer, 120000);
}

} // namespace

int main(int argc, char **argv) {
    const int brokers = argc > 1 ? std::atoi(argv[1]) : 1;
    rd_kafka_t *host = client(RD_KAFKA_PRODUCER, {});
    if (!host || brokers < 1)
        return 1;
    rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(host, brokers);
    if (!cluster) {
        std::cerr << "cannot start the mock cluster\n";
        return 1;
    }
    const std::string bootstrap = rd_kafka_mock_cluster_bootstraps(cluster);
    rd_kafka_t *producer = client(RD_KAFKA_PRODUCER, bootstrap);
    if (!producer)
        return 1;
    std::cout << "bootstrap " << bootstrap << std::endl;

    std::map<std::string, int> partitions; // of each topic made here
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream words(line);
        std::string command;
        words >> command;
        rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
        if (command == "topic") {
            std::string name;
            int count = 1;
            words >> name >> count;
            err = rd_kafka_mock_topic_create(cluster, name.c_str(), count, 1);
            partitions[name] = count;
        } else if (command == "produce") {
            std::string topic;
            int partition = 0;
            words >> topic >> partition;
            std::string payload;
            std::getline(words, payload);
            if (!payload.empty() && payload.front() == ' ')
                payload.erase(0, 1);
            err = rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic.c_str()),
                                    RD_KAFKA_V_PARTITION(partition),
                                    RD_KAFKA_V_VALUE(payload.data(), payload.size()),
                                    RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (!err)
                err = rd_kafka_flush(producer, 30000);
        } else if (command == "produce-file") {
            std::string topic, path;
            words >> topic >> path;
            const auto known = partitions.find(topic);
            err = produceFile(producer, topic, known == partitions.end() ? 1 : known->second, path);
        } else if (command == "down" || command == "up") {
            int id = 0;
            words >> id;
            err = command == "down" ? rd_kafka_mock_broker_set_down(cluster, id)
                                    : rd_kafka_mock_broker_set_up(cluster, id);
        } else if (command == "quit") {
            break;
        } else {
            std::cout << "error unknown command " << command << std::endl;
            continue;
        }
        if (err)
            std::cout << "error " << rd_kafka_err2str(err) << std::endl;
        else
            std::cout << "ok" << std::endl;
    }
    rd_kafka_flush(producer, 5000);
    rd_kafka_destroy(producer);
    rd_kafka_mock_cluster_destroy(cluster);
    rd_kafka_destroy(host);
    return 0;
}
