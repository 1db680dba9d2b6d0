/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ETHERIP_L4_PROTOCOL_H
#define WLC_ETHERIP_L4_PROTOCOL_H

#include "ns3/ip-l4-protocol.h"
#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/traced-callback.h"

#include <map>
#include <string>

namespace ns3
{

class Node;
class Packet;

/**
 * \ingroup wlc
 * Ethernet-over-IP (RFC 3378), IP protocol 97, as an ns-3 IpL4Protocol: the tunnel between an
 * anchor and a foreign controller.
 *
 * A tunnelled frame is a 2-byte EtherIP header (version 3, reserved bits 0) followed by an
 * Ethernet frame without FCS (destination, source, EtherType, payload), in an IPv4 packet between
 * the controllers' management addresses. A received packet that is too short or has another
 * version is dropped and counted.
 */
class EtherIpL4Protocol : public IpL4Protocol
{
  public:
    /// IP protocol number of EtherIP.
    static constexpr uint8_t PROT_NUMBER = 97;
    /// EtherIP version (RFC 3378 §3).
    static constexpr uint8_t VERSION = 3;

    /**
     * A frame came out of the tunnel.
     * \param peer the tunnel's other end (the IPv4 source)
     * \param payload the Ethernet payload
     * \param source the frame's source MAC
     * \param destination the frame's destination MAC
     * \param etherType the frame's EtherType
     */
    using ReceiveCallback =
        Callback<void, Ipv4Address, Ptr<Packet>, Mac48Address, Mac48Address, uint16_t>;
    /**
     * Signature of the Drop trace.
     * \param packet the dropped packet \param reason why
     */
    using DropTracedCallback = void (*)(Ptr<const Packet> packet, const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    EtherIpL4Protocol();
    ~EtherIpL4Protocol() override;
    EtherIpL4Protocol(const EtherIpL4Protocol&) = delete;
    EtherIpL4Protocol& operator=(const EtherIpL4Protocol&) = delete;

    /**
     * Get a node's EtherIP protocol, installing it on first use (the node needs IPv4).
     * \param node the node
     * \return its EtherIP protocol
     */
    static Ptr<EtherIpL4Protocol> GetOrInstall(Ptr<Node> node);
    /// \param cb where frames out of the tunnel go
    void SetReceiveCallback(ReceiveCallback cb);
    /**
     * Send a frame through the tunnel.
     * \param payload the Ethernet payload
     * \param source its source MAC \param destination its destination MAC
     * \param etherType its EtherType
     * \param local this end's address \param peer the other end's address
     */
    void Send(Ptr<const Packet> payload,
              Mac48Address source,
              Mac48Address destination,
              uint16_t etherType,
              Ipv4Address local,
              Ipv4Address peer);
    /// \return packets dropped on receipt, by reason
    const std::map<std::string, uint64_t>& GetDrops() const;

    // inherited from IpL4Protocol
    int GetProtocolNumber() const override;
    IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                   const Ipv4Header& header,
                                   Ptr<Ipv4Interface> incomingInterface) override;
    IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                   const Ipv6Header& header,
                                   Ptr<Ipv6Interface> incomingInterface) override;
    void SetDownTarget(IpL4Protocol::DownTargetCallback cb) override;
    void SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb) override;
    IpL4Protocol::DownTargetCallback GetDownTarget() const override;
    IpL4Protocol::DownTargetCallback6 GetDownTarget6() const override;

  protected:
    void NotifyNewAggregate() override;
    void DoDispose() override;

  private:
    /// Count and trace a drop.
    void Drop(Ptr<const Packet> packet, const std::string& reason);

    Ptr<Node> m_node;                                //!< the node
    IpL4Protocol::DownTargetCallback m_downTarget;   //!< IPv4 send
    IpL4Protocol::DownTargetCallback6 m_downTarget6; //!< IPv6 send (unused)
    ReceiveCallback m_receive;                       //!< frames out of the tunnel
    std::map<std::string, uint64_t> m_drops;         //!< drops by reason
    TracedCallback<Ptr<const Packet>> m_txTrace;     //!< encapsulated packets sent
    TracedCallback<Ptr<const Packet>> m_rxTrace;     //!< encapsulated packets received
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< drops
};

} // namespace ns3

#endif /* WLC_ETHERIP_L4_PROTOCOL_H */
