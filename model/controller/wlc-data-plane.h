/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_DATA_PLANE_H
#define WLC_DATA_PLANE_H

#include "client-database.h"
#include "wlc-config.h"

#include "ns3/callback.h"
#include "ns3/net-device.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace ns3
{

struct DhcpSnoopMessage;

/**
 * \ingroup wlc
 * The bridge of a controller between its clients (reached through CAPWAP) and the VLANs of its
 * interfaces.
 *
 * Each client is bridged onto the VLAN of its WLAN's interface. Towards the wire, the controller
 * sends the client's frames with the client's MAC as source; from the wire, it takes the frames
 * addressed to its clients (promiscuous port), answers ARP requests for its clients' addresses
 * itself (proxy ARP: ARP broadcasts are not sent over the air), hands DHCP replies to the client
 * named in their chaddr, and drops other broadcasts (broadcast forwarding is off, the AireOS
 * default). What passes depends on the client's policy manager state: nothing but EAPOL before
 * Layer 2 security completes, DHCP only until the client has an address, everything in RUN.
 */
class WlcDataPlane : public Object
{
  public:
    /**
     * Deliver an MSDU to a client through its AP.
     * \param client the client
     * \param payload the MSDU
     * \param source its source MAC
     * \param destination its destination MAC (the client, or broadcast)
     * \param etherType its EtherType
     */
    using DeliverCallback =
        Callback<void, const ClientEntry&, Ptr<Packet>, Mac48Address, Mac48Address, uint16_t>;
    /**
     * An EAPOL frame from a client.
     * \param client the client
     * \param payload the EAPOL frame
     */
    using EapolCallback = Callback<void, const ClientEntry&, Ptr<const Packet>>;
    /**
     * Send a client's frame to its anchor through the Ethernet-over-IP tunnel.
     * \param client the client (role Foreign) \param payload the MSDU \param source its source
     * \param destination its destination \param etherType its EtherType
     */
    using TunnelCallback =
        Callback<void, const ClientEntry&, Ptr<Packet>, Mac48Address, Mac48Address, uint16_t>;
    /**
     * A DHCP message to or from a client was seen.
     * \param client the client's MAC
     * \param message the message
     */
    using DhcpCallback = Callback<void, Mac48Address, const DhcpSnoopMessage&>;
    /**
     * Signature of the Drop trace.
     * \param packet the dropped frame's payload
     * \param reason why it was dropped
     */
    using DropTracedCallback = void (*)(Ptr<const Packet> packet, const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcDataPlane();
    ~WlcDataPlane() override;
    WlcDataPlane(const WlcDataPlane&) = delete;
    WlcDataPlane& operator=(const WlcDataPlane&) = delete;

    /// \param clients the controller's client database (outlives the data plane)
    void SetClientDatabase(const ClientDatabase* clients);
    /// \param cb how MSDUs reach clients
    void SetDeliverCallback(DeliverCallback cb);
    /// \param cb where EAPOL frames from clients go
    void SetEapolCallback(EapolCallback cb);
    /// \param cb told of DHCP messages of clients
    void SetDhcpCallback(DhcpCallback cb);
    /// \param cb how frames of Foreign clients reach their anchor
    void SetTunnelCallback(TunnelCallback cb);
    /**
     * \param symmetric true: every frame of a Foreign client goes back to its anchor (symmetric
     *        tunnelling); false: its unicast to its default gateway leaves through this
     *        controller's own VLAN (asymmetric tunnelling, the AireOS default)
     */
    void SetSymmetricTunneling(bool symmetric);
    /// Find the MAC of every interface's gateway (ARP), as a controller does at start.
    void ResolveGateways();
    /**
     * \param interface an interface name
     * \return the MAC of its gateway, or the broadcast address while it is not resolved
     */
    Mac48Address GetGatewayMac(const std::string& interface) const;
    /**
     * A frame out of the Ethernet-over-IP tunnel with a peer controller: from a client anchored
     * here (uplink, bridged onto its VLAN) or for a client that is Foreign here (downlink).
     * \param peer the peer controller \param payload the MSDU \param source its source
     * \param destination its destination \param etherType its EtherType
     */
    void FromTunnel(Ipv4Address peer,
                    Ptr<const Packet> payload,
                    Mac48Address source,
                    Mac48Address destination,
                    uint16_t etherType);
    /**
     * Send the frames held for a client while its mobility was being resolved, as if they had
     * just arrived.
     * \param client the client
     */
    void ReleaseHeld(Mac48Address client);
    /**
     * Bridge an interface's VLAN: listen on its port, promiscuously.
     * \param interface the interface (its port must be on the controller's node)
     */
    void AddInterface(const WlcInterface& interface);

    /**
     * An MSDU from a client, received through a CAPWAP data channel.
     * \param apMac the AP it came through
     * \param payload the MSDU
     * \param source its source MAC (the client)
     * \param destination its destination MAC
     * \param etherType its EtherType
     */
    void FromClient(Mac48Address apMac,
                    Ptr<const Packet> payload,
                    Mac48Address source,
                    Mac48Address destination,
                    uint16_t etherType);

    /// \return the number of frames dropped, by reason
    const std::map<std::string, uint64_t>& GetDrops() const;
    /// \return frames bridged from clients to the wire
    uint64_t GetUplinkFrames() const;
    /// \return frames bridged from the wire (or another client) to clients
    uint64_t GetDownlinkFrames() const;

  protected:
    void DoDispose() override;

  private:
    /// A frame on an interface's VLAN (promiscuous protocol handler).
    void FromWire(Ptr<NetDevice> device,
                  Ptr<const Packet> packet,
                  uint16_t protocol,
                  const Address& from,
                  const Address& to,
                  NetDevice::PacketType type);
    /// Broadcast or multicast on a VLAN: proxy ARP, DHCP replies.
    void BroadcastFromWire(const WlcInterface& interface,
                           Ptr<const Packet> packet,
                           uint16_t protocol,
                           Mac48Address from);
    /**
     * Whether a client's state lets a frame pass.
     * \param client the client \param etherType the frame's EtherType \param payload the frame
     * \param dhcp filled when the frame is DHCP
     * \return true if it passes
     */
    bool Admits(const ClientEntry& client,
                uint16_t etherType,
                Ptr<const Packet> payload,
                DhcpSnoopMessage* dhcp) const;
    /**
     * Answer an ARP request for a client's address.
     * \param request the request's bytes \param reply called with the reply's sender MAC and bytes
     * \param vlan the VLAN of the requester
     * \return true if a client of this controller on that VLAN owns the address
     */
    bool ProxyArp(Ptr<const Packet> request,
                  uint16_t vlan,
                  const std::function<void(Mac48Address, Mac48Address, Ptr<Packet>)>& reply);
    /// Send a client's frame to a client of this controller (or a DHCP/ARP answer).
    void Deliver(const ClientEntry& client,
                 Ptr<Packet> payload,
                 Mac48Address source,
                 Mac48Address destination,
                 uint16_t etherType);
    /// \param interface an interface name \return it, or nullptr
    const WlcInterface* FindInterface(const std::string& name) const;
    /// Count and trace a drop.
    void Drop(Ptr<const Packet> packet, const std::string& reason);
    /// Bridge a client's frame onto the wire of its interface, or to another client.
    void Bridge(const ClientEntry& client,
                Ptr<const Packet> payload,
                Mac48Address source,
                Mac48Address destination,
                uint16_t etherType);
    /// Send one ARP request for an interface's gateway. \param name the interface
    void ArpForGateway(const std::string& name);
    /// An ARP packet addressed to the controller itself. \param interface where it came
    /// \param packet the ARP packet
    void ArpForUs(const WlcInterface& interface, Ptr<const Packet> packet);

    const ClientDatabase* m_clients{nullptr};          //!< the controller's clients
    std::map<std::string, WlcInterface> m_interfaces;  //!< bridged interfaces, by name
    std::map<Ptr<NetDevice>, std::string> m_portNames; //!< interface of each port
    DeliverCallback m_deliver;                         //!< to clients
    EapolCallback m_eapol;                             //!< to the authenticator
    DhcpCallback m_dhcp;                               //!< DHCP snooping results
    TunnelCallback m_tunnel;                           //!< to anchors
    bool m_symmetric{false};                           //!< symmetric tunnelling
    std::map<std::string, Mac48Address> m_gatewayMacs; //!< resolved gateways, by interface
    /// frames held per client: AP, payload, source, destination, EtherType
    std::map<
        Mac48Address,
        std::vector<std::tuple<Mac48Address, Ptr<Packet>, Mac48Address, Mac48Address, uint16_t>>>
        m_held;
    std::map<std::string, uint64_t> m_drops;                           //!< drops by reason
    uint64_t m_uplink{0};                                              //!< frames to the wire
    uint64_t m_downlink{0};                                            //!< frames to clients
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< drops
};

} // namespace ns3

#endif /* WLC_DATA_PLANE_H */
