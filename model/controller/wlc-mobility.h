/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MOBILITY_H
#define WLC_MOBILITY_H

#include "client-entry.h"

#include "ns3/mobility-manager.h"
#include "ns3/nstime.h"
#include "ns3/object.h"

#include <map>

namespace ns3
{

class EtherIpL4Protocol;
class Packet;
class WirelessLanController;

/**
 * \ingroup wlc
 * A controller's inter-controller roaming: what it decides when clients move between the members
 * of its mobility group (AireOS behaviour), on top of the MobilityManager's messages.
 *
 * - A client that completes Layer 2 security here and is not attached here yet (new to this
 *   controller, or anchored here but attached elsewhere) is announced to the group; it waits in
 *   L2AUTHCOMPLETE, its frames held, until a member hands it off or no member answers (then it is
 *   new and Local here).
 * - The member where the client is attached (Local or Foreign there) answers with its context.
 *   If the announcing controller's interface for the WLAN is on the client's subnet the roam is a
 *   Layer 2 roam: the entry moves and the old controller deletes it. Otherwise it is a Layer 3
 *   roam: the client keeps its address; the controller where it was Local becomes its Anchor and
 *   the new one its Foreign, joined by an Ethernet-over-IP tunnel; a roam back to the anchor
 *   makes the client Local there again; a roam to a third controller keeps the anchor, moves the
 *   Foreign entry and tells the anchor (MobileAnchorUpdate), and the tunnel follows.
 */
class WlcMobility : public Object
{
  public:
    /// Reasons in a MobileClientDelete.
    enum DeleteReason : uint8_t
    {
        DELETE_GONE = 0,        //!< the client left (AP lost, security failed, ...)
        DELETE_LEFT_SUBNET = 1, //!< a Layer 2 roam took the client away from its anchor
        DELETE_PING_PONG = 2,   //!< the client went back within the ping-pong period
    };

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcMobility();
    ~WlcMobility() override;
    WlcMobility(const WlcMobility&) = delete;
    WlcMobility& operator=(const WlcMobility&) = delete;

    /**
     * Start working for a controller (called from the controller's StartApplication).
     * \param controller the controller
     */
    void Start(WirelessLanController* controller);
    /// Stop (the controller stops).
    void Stop();
    /// \return the protocol engine
    Ptr<MobilityManager> GetManager() const;
    /**
     * A client completed Layer 2 security: find out whether it comes from another controller.
     * \param client the client
     * \return true if an announce was sent (the client waits for its answer)
     */
    bool Query(Mac48Address client);
    /**
     * Send a frame through the tunnel to a client's peer (the foreign controller of an Anchor
     * client, or the anchor of a Foreign client).
     * \param client the client \param payload the MSDU \param source its source
     * \param destination its destination \param etherType its EtherType
     */
    void Tunnel(const ClientEntry& client,
                Ptr<Packet> payload,
                Mac48Address source,
                Mac48Address destination,
                uint16_t etherType);

  protected:
    void DoDispose() override;

  private:
    /// Answer a peer's announce. \param from the peer \param announce its message
    /// \return the reply
    MobilityManager::AnnounceReply OnAnnounce(Ipv4Address from, const MobilityMessage& announce);
    /// Take a handoff. \param from the peer \param handoff its message \return accepted
    bool OnHandoff(Ipv4Address from, const MobilityMessage& handoff);
    /// A handoff we sent is done. \param client it \param peer where \param ok acknowledged
    void OnHandoffDone(Mac48Address client, Ipv4Address peer, bool ok);
    /// No member answered. \param client the client
    void OnAnnounceTimeout(Mac48Address client);
    /// The new foreign controller of a client anchored here. \return anchored here
    bool OnAnchorUpdate(Ipv4Address from, const MobilityMessage& update);
    /**
     * A client that comes back within the ping-pong period after this controller handed it
     * off takes its old context again and the controller it left is told to delete it.
     * \param client the client
     * \return true if it was a ping-pong (handled)
     */
    bool PingPong(Mac48Address client);
    /// The anchor acknowledged (or not) our anchor update. \param client it \param ok acked
    void OnAnchorUpdateDone(Mac48Address client, bool ok);
    /// A peer drops a client. \param from the peer \param message its message
    void OnClientDelete(Ipv4Address from, const MobilityMessage& message);
    /// A peer gave us a client's PMK. \param from the peer \param message the update
    void OnPmkUpdate(Ipv4Address from, const MobilityMessage& message);
    /// A member shared a client's 802.11r PMK-R0. \param from the sender \param message it
    void OnFtKeyUpdate(Ipv4Address from, const MobilityMessage& message);
    /// A frame out of the tunnel.
    void FromTunnel(Ipv4Address peer,
                    Ptr<Packet> payload,
                    Mac48Address source,
                    Mac48Address destination,
                    uint16_t etherType);
    /// The mobility exchange of a client is over. \param client it \param before its role
    /// before the exchange \param role its new role
    /// \param from the controller that handed it off (0.0.0.0: none answered)
    /// \param layer3 an inter-subnet roam (or a return to the anchor)
    void Resolved(Mac48Address client,
                  MobilityRole before,
                  MobilityRole role,
                  Ipv4Address from,
                  bool layer3);
    /**
     * After the handoff to a foreign controller was sent: this controller becomes the
     * client's anchor.
     * \param mac the client \param foreign the foreign controller \param self our address
     */
    void BecomeAnchor(Mac48Address mac, Ipv4Address foreign, Ipv4Address self);
    /// Emit a `debug mobility handoff` line. \param line the line
    void Log(const std::string& line);
    /// \param entry a client \return its context for a MobileHandoff
    MobileHandoffBody Context(const ClientEntry& entry) const;
    /// \param client a client \param ip an address \param mask a mask
    /// \return true if ip/mask is the client's subnet
    static bool SameSubnet(Ipv4Address client, Ipv4Address ip, Ipv4Mask mask);

    WirelessLanController* m_wlc{nullptr};       //!< the controller
    Ptr<MobilityManager> m_manager;              //!< the protocol engine
    Ptr<EtherIpL4Protocol> m_etherIp;            //!< the tunnel
    std::map<Mac48Address, Time> m_queryStarted; //!< when each pending query started
    /// What to do with our entry once a handoff we sent is acknowledged: delete it or not
    std::map<Mac48Address, bool> m_deleteAfterHandoff;
    /// Foreign clients whose anchor has not acknowledged the new tunnel yet, and who handed
    /// them off
    std::map<Mac48Address, Ipv4Address> m_awaitingAnchor;

    /// A client this controller handed off: its entry before the handoff, where it went, when
    struct Recent
    {
        ClientEntry entry; //!< the entry before the handoff
        Ipv4Address to;    //!< the controller it was handed to
        Time when;         //!< when
    };

    std::map<Mac48Address, Recent> m_recent; //!< recent handoffs, for ping-pong
    Time m_pingPongPeriod;                   //!< ping-pong period
};

} // namespace ns3

#endif /* WLC_MOBILITY_H */
